"""The area developments: the overview, one development with its milestones and roles, and
their forms."""

from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from almelo_programma.kern.formulieren import post_of_none

from .. import services
from ..forms import GebiedForm, GebiedsrolForm, MijlpaalBereiktForm, MijlpaalForm
from ..models import Gebiedsontwikkeling, Mijlpaal
from ..rechten import bewerker_vereist, lezer_vereist
from ..selectors import gebied_list, project_list
from .basis import formulierpagina, pagina_context


@lezer_vereist
def gebieden(request):
    return render(
        request, "woondeals/gebieden.html", pagina_context(request, gebieden=gebied_list())
    )


@lezer_vereist
def gebied(request, slug):
    obj = get_object_or_404(Gebiedsontwikkeling, slug=slug)
    context = pagina_context(
        request,
        gebied=obj,
        mijlpalen=list(obj.mijlpalen.all()),
        rollen=obj.rollen.select_related("partner"),
        projecten=project_list(obj.projecten.all()),
        vandaag=timezone.localdate(),
        mijlpaal_form=MijlpaalForm(initial={"fase": obj.fase}),
        rol_form=GebiedsrolForm(),
    )
    for m in context["mijlpalen"]:
        m.te_laat = m.te_laat_op(context["vandaag"])
    return render(request, "woondeals/gebied.html", context)


@bewerker_vereist
def gebied_nieuw(request):
    return formulierpagina(
        request,
        GebiedForm(post_of_none(request), request.FILES or None),
        lambda data: services.gebied_create(**data),
        melding=lambda obj: f"Gebiedsontwikkeling '{obj.naam}' is toegevoegd.",
        doorsturen=lambda obj: obj,
        titel="Nieuwe gebiedsontwikkeling",
        terug="woondeals:gebieden",
    )


@bewerker_vereist
def gebied_bewerken(request, slug):
    obj = get_object_or_404(Gebiedsontwikkeling, slug=slug)
    return formulierpagina(
        request,
        GebiedForm(post_of_none(request), request.FILES or None, instance=obj),
        lambda data: services.gebied_update(gebied=obj, **data),
        melding="De gebiedsontwikkeling is opgeslagen.",
        doorsturen=obj,
        titel=f"{obj.naam} bewerken",
        terug="woondeals:gebied",
        terug_args=(slug,),
    )


def _toevoegen_aan_gebied(request, slug, form_klasse, service, *, melding, titel, initial=None):
    """A form that adds a milestone or role to the area development ``slug``; ``titel`` and
    ``initial`` are functions of the development."""
    obj = get_object_or_404(Gebiedsontwikkeling, slug=slug)
    form = form_klasse(post_of_none(request), initial=initial(obj) if initial else None)
    return formulierpagina(
        request,
        form,
        lambda data: service(gebied=obj, **data),
        melding=melding,
        doorsturen=obj,
        titel=titel(obj),
        terug="woondeals:gebied",
        terug_args=(slug,),
    )


@bewerker_vereist
def mijlpaal_nieuw(request, slug):
    return _toevoegen_aan_gebied(
        request,
        slug,
        MijlpaalForm,
        services.mijlpaal_create,
        melding="De mijlpaal is toegevoegd.",
        titel=lambda gebied: f"Mijlpaal toevoegen aan {gebied.naam}",
        initial=lambda gebied: {"fase": gebied.fase},
    )


@bewerker_vereist
def rol_nieuw(request, slug):
    return _toevoegen_aan_gebied(
        request,
        slug,
        GebiedsrolForm,
        services.gebiedsrol_create,
        melding="De rol is toegevoegd.",
        titel=lambda gebied: f"Rol toevoegen aan {gebied.naam}",
    )


@bewerker_vereist
def mijlpaal_bereikt(request, slug, pk):
    mijlpaal = get_object_or_404(Mijlpaal, pk=pk, gebiedsontwikkeling__slug=slug)
    return formulierpagina(
        request,
        MijlpaalBereiktForm(
            post_of_none(request), initial={"werkelijke_datum": mijlpaal.werkelijke_datum}
        ),
        lambda data: services.mijlpaal_bereikt(mijlpaal=mijlpaal, **data),
        melding=f"Mijlpaal '{mijlpaal.naam}' is bijgewerkt.",
        doorsturen=mijlpaal.gebiedsontwikkeling,
        titel=f"Mijlpaal '{mijlpaal.naam}' bereikt",
        terug="woondeals:gebied",
        terug_args=(slug,),
        uitleg=f"Gepland op {mijlpaal.geplande_datum:%d-%m-%Y}.",
    )
