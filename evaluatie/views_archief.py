"""The archive page (/dashboard/evaluatie/archiveren/): the programme manager of a programme
whose end evaluation is vastgesteld archives it here (``archief.programma_archiveren``).

The undo is not on a page: a superuser empties "gearchiveerd op" in the admin
(``programma_dearchiveren`` in the shell).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import get_script_prefix, reverse

from almelo_programma.kern.rechten import PROGRAMMAMANAGER, heeft_rol, toegang_vereist

from . import archief, selectors


def mag_archiveren(user) -> bool:
    return heeft_rol(user, PROGRAMMAMANAGER)


def _vast_adres(request, viewname: str) -> str:
    """The programme's stable, prefixed address of ``viewname``: once archived, the unprefixed
    address is of another programme. (``programmakeuze.programma_reverse`` does this too, but
    an app may not import the project's URL wiring.)"""
    pad = reverse(viewname)
    if request.programma_in_url:
        return pad
    prefix = get_script_prefix()
    return f"{prefix}{request.programma.slug}/{pad[len(prefix) :]}"


@toegang_vereist(mag_archiveren)
def archiveren(request):
    programma = request.programma
    if not programma:
        raise Http404("Er is nog geen programma geladen.")
    fout = ""
    if request.method == "POST":
        try:
            archief.programma_archiveren(programma=programma, door=request.user)
        except ValidationError as exc:
            fout = " ".join(exc.messages)
        else:
            messages.success(
                request,
                f"{programma.naam} ({programma.periode}) is gearchiveerd. Het programma is "
                "vanaf nu alleen nog te lezen.",
            )
            return redirect(_vast_adres(request, "evaluatie:archiveren"))
    evaluatie = selectors.evaluatie_get(programma)
    context = {
        "programma": programma,
        "evaluatie": evaluatie,
        "kan_archiveren": not programma.is_gearchiveerd
        and evaluatie is not None
        and evaluatie.is_vastgesteld,
        "fout": fout,
        "niet_vastgesteld": archief.NIET_VASTGESTELD,
    }
    return render(request, "evaluatie/archiveren.html", context, status=400 if fout else 200)
