"""Views of the werkruimte: thin; selectors read, services write, ``rechten`` decide."""

import tempfile

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from activiteiten.forms import ImportForm
from activiteiten.models import Activiteit
from activiteiten.rechten import mag_activiteit_bewerken
from activiteiten.selectors import is_bijgewerkt, te_rapporteren_periode
from almelo_programma.kern.formulieren import (
    formulier_status,
    fouten_naar_formulier,
    post_of_none,
)
from almelo_programma.kern.importtaken import importtaak_starten, importtaak_verlopen
from almelo_programma.kern.rechten import (
    LIJNTREKKER,
    PROGRAMMAMANAGER,
    heeft_rol,
    intern_vereist,
)
from almelo_programma.kern.uitwisseling import rijen_tellen
from netwerk.selectors import vervolgacties_open_voor
from woondeals.rechten import mag_deelspoor_bewerken

from . import uitwisseling
from .filters import WerklijstFilter
from .forms import ApiTokenForm
from .models import ApiToken, Bijwerkimport
from .selectors import (
    open_activiteiten_aantal,
    samenvatting_van_selectie,
    werk_activiteiten,
    werk_deelsporen,
)
from .services import apitoken_create, apitoken_delete
from .tasks import bijwerkblad_importeren

FILTER_VELDEN = ("doel", "lijn", "jaar", "status", "bijgewerkt")
PER_PAGINA = 50


@intern_vereist
def werklijst(request):
    periode = te_rapporteren_periode()
    programma = request.programma
    jaren = programma.jaren if programma else []
    if periode is not None and periode.jaar not in jaren:
        periode = None  # a programme that has not started yet (or is over) asks nothing now
    data = request.GET.copy()
    if "jaar" not in data and periode is not None and periode.jaar in jaren:
        data["jaar"] = str(periode.jaar)
    filterset = WerklijstFilter(
        data,
        queryset=werk_activiteiten(request.user, programma=programma),
        jaren=jaren,
        periode=periode,
        programma=programma,
    )
    # One page of the selection; its totals (count, roll-up, what is still open) by query.
    samenvatting, aantal = samenvatting_van_selectie(filterset.qs)
    paginator = Paginator(filterset.qs, PER_PAGINA)
    paginator.count = aantal  # known from the roll-up: no separate COUNT query
    pagina = paginator.get_page(request.GET.get("pagina"))
    activiteiten = list(pagina.object_list)
    deelsporen_qs = werk_deelsporen(request.user, programma=programma)
    if filterset.is_valid():
        schoon = filterset.form.cleaned_data
        if schoon.get("lijn"):
            deelsporen_qs = deelsporen_qs.filter(woondeal__lijn=schoon["lijn"])
        if schoon.get("doel"):
            deelsporen_qs = deelsporen_qs.filter(woondeal__lijn__doel=schoon["doel"])
        if schoon.get("status"):
            deelsporen_qs = filterset.op_status(deelsporen_qs, "status", schoon["status"])
        if schoon.get("bijgewerkt"):
            deelsporen_qs = filterset.op_bijgewerkt(
                deelsporen_qs, "bijgewerkt", schoon["bijgewerkt"]
            )
    deelsporen = list(deelsporen_qs)
    for item in activiteiten + deelsporen:
        item.bijgewerkt = is_bijgewerkt(item, periode)
        item.mag_bewerken = (
            mag_activiteit_bewerken(request.user, item)
            if isinstance(item, Activiteit)
            else mag_deelspoor_bewerken(request.user, item)
        )
    open_aantal = open_activiteiten_aantal(
        request.user, filterset.qs, periode, programma=programma
    ) + sum(1 for i in deelsporen if i.mag_bewerken and not i.bijgewerkt)
    zoekparameters = request.GET.copy()
    zoekparameters.pop("pagina", None)
    context = {
        "periode": periode,
        "filter": filterset,
        "pagina": pagina,
        "zoekparameters": zoekparameters.urlencode(),
        "activiteiten": activiteiten,
        "deelsporen": deelsporen,
        "open_aantal": open_aantal,
        "samenvatting": samenvatting,
        "mag_excel": mag_excel_gebruiken(request.user),
        "mijn_acties": list(vervolgacties_open_voor(request.user)),
    }
    return render(request, "werkruimte/lijst.html", context)


def mag_excel_gebruiken(user) -> bool:
    """Programme managers and line leads update through the Excel sheet."""
    return heeft_rol(user, PROGRAMMAMANAGER, LIJNTREKKER)


def _excel_toegestaan(request):
    if not mag_excel_gebruiken(request.user):
        raise PermissionDenied("Alleen programmamanagers en lijntrekkers werken bij via Excel.")


@intern_vereist
def excel_export(request):
    _excel_toegestaan(request)
    periode = te_rapporteren_periode()
    # Written to a temporary file (not memory) and sent from it in chunks; the file is removed
    # when the response closes it.
    bestand = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
    uitwisseling.exporteer_naar(
        bestand, gebruiker=request.user, periode=periode, programma=request.programma
    )
    bestand.seek(0)
    naam = f"bijwerken-{periode.jaar}-{periode.nummer}.xlsx" if periode else "bijwerken.xlsx"
    return FileResponse(
        bestand,
        as_attachment=True,
        filename=naam,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@intern_vereist
def excel_import(request):
    _excel_toegestaan(request)
    resultaat = None
    form = ImportForm(post_of_none(request), request.FILES or None)
    if form.is_valid():  # an unbound form (a GET) is not valid
        bestand = form.cleaned_data["bestand"]
        rijen = rijen_tellen(bestand, is_xlsx=True)
        if rijen is not None and rijen > settings.IMPORT_ACHTERGROND_RIJEN:
            taak = Bijwerkimport.objects.create(
                bestandsnaam=bestand.name[:255],
                inhoud=bestand.read(),
                rijen=rijen,
                aangevraagd_door=request.user,
                programma=request.programma,
            )
            importtaak_starten(taak, bijwerkblad_importeren)
            return redirect(taak)
        resultaat = uitwisseling.importeer(
            bestand, gebruiker=request.user, programma=request.programma
        )
        if resultaat.ok:
            if resultaat.aantal:
                messages.success(
                    request, f"{resultaat.aantal} statusupdate(s) opgeslagen uit het bestand."
                )
            else:
                messages.info(request, "Niets gewijzigd: het bestand bevat geen nieuwe voortgang.")
            return redirect("werkruimte:lijst")
    status = 400 if (form.errors or (resultaat and not resultaat.ok)) else 200
    return render(
        request, "werkruimte/import.html", {"form": form, "resultaat": resultaat}, status=status
    )


@intern_vereist
def excel_import_status(request, uuid):
    """How far the background import of a large sheet is (the requester's own imports only)."""
    _excel_toegestaan(request)
    taak = importtaak_verlopen(
        get_object_or_404(
            Bijwerkimport.objects.filter(
                Q(programma=request.programma) | Q(programma__isnull=True)  # (from before)
            ),
            uuid=uuid,
            aangevraagd_door=request.user,
        )
    )
    return render(request, "werkruimte/import_status.html", {"taak": taak})


@intern_vereist
def api_tokens(request):
    """The user's own API tokens: when made, until when valid, last used (never the token
    itself); make one (shown once, on the answer to the POST) or revoke one."""
    nieuw = None
    form = ApiTokenForm()
    if request.method == "POST" and "intrekken" in request.POST:
        try:
            token = apitoken_delete(user=request.user, digest=request.POST.get("intrekken", ""))
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
        else:
            messages.success(request, f"De token '{token.naam}' is ingetrokken.")
        return redirect("werkruimte:api_tokens")
    if request.method == "POST":
        form = ApiTokenForm(request.POST)
        if form.is_valid():
            try:
                _rij, nieuw = apitoken_create(user=request.user, naam=form.cleaned_data["naam"])
            except ValidationError as exc:
                fouten_naar_formulier(form, exc)
            else:
                form = ApiTokenForm()
    context = {
        "form": form,
        "nieuw": nieuw,
        "tokens": ApiToken.objects.filter(user=request.user).order_by("-created"),
        "nu": timezone.now(),
        "geldig_dagen": settings.REST_KNOX["TOKEN_TTL"].days,
    }
    return render(request, "werkruimte/tokens.html", context, status=formulier_status(form))
