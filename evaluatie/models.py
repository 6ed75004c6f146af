"""The end evaluation of a programme ("Eindevaluatie 2023–2026").

Until it is vastgesteld the evaluation is computed from the recorded data whenever it is shown;
when the college establishes it (``vastgesteld``), what it showed is stored as a snapshot
(``momentopname`` for the portal, ``openbare_momentopname`` from published data only) and the
evaluation is frozen: later edits of the data do not change it.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from activiteiten.models import Activiteitenlijn
from almelo_programma.kern.historie import Historie
from doelen.models import Doel, Effectindicator, Programma
from doelen.oordelen import Oordeel

from .constants import EvaluatieStatus


class Eindevaluatie(models.Model):
    # how a row reaches its programme (almelo_programma.kern.programmas)
    PROGRAMMA_PAD = "programma"

    programma = models.OneToOneField(
        Programma,
        on_delete=models.PROTECT,
        related_name="eindevaluatie",
        verbose_name=_("programma"),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EvaluatieStatus.choices,
        default=EvaluatieStatus.CONCEPT,
    )
    conclusies = models.TextField(_("conclusies"), blank=True)
    wat_werkte = models.TextField(_("wat werkte"), blank=True)
    wat_niet_werkte = models.TextField(_("wat werkte niet"), blank=True)
    vastgesteld_op = models.DateField(
        _("vastgesteld op"), null=True, blank=True, help_text=_("Datum van het collegebesluit.")
    )
    besluitkenmerk = models.CharField(_("kenmerk collegebesluit"), max_length=100, blank=True)
    momentopname = models.JSONField(_("momentopname"), null=True, blank=True, editable=False)
    openbare_momentopname = models.JSONField(
        _("openbare momentopname"), null=True, blank=True, editable=False
    )
    bijgewerkt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("bijgewerkt door"),
    )
    bijgewerkt_op = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    history = Historie()

    class Meta:
        verbose_name = _("eindevaluatie")
        verbose_name_plural = _("eindevaluaties")
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=EvaluatieStatus.VASTGESTELD)
                | (
                    Q(vastgesteld_op__isnull=False)
                    & ~Q(besluitkenmerk="")
                    & Q(momentopname__isnull=False)
                ),
                name="eindevaluatie_vastgesteld_compleet",
                violation_error_message=_(
                    "Een vastgestelde eindevaluatie heeft een besluitdatum, een kenmerk en een "
                    "momentopname."
                ),
            ),
        ]

    def __str__(self):
        return f"Eindevaluatie {self.programma.startjaar}–{self.programma.eindjaar}"

    def get_absolute_url(self):
        return reverse("publiek:evaluatie")

    @property
    def is_vastgesteld(self) -> bool:
        return self.status == EvaluatieStatus.VASTGESTELD


class Onderdeelconclusie(models.Model):
    """Conclusions and lessons learned for one goal or one line."""

    evaluatie = models.ForeignKey(
        Eindevaluatie, on_delete=models.CASCADE, related_name="onderdelen"
    )
    doel = models.ForeignKey(
        Doel, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    lijn = models.ForeignKey(
        Activiteitenlijn, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    conclusie = models.TextField(_("conclusie"), blank=True)
    lessen = models.TextField(_("lessen: wat werkte, wat niet"), blank=True)

    history = Historie()

    class Meta:
        verbose_name = _("conclusie per onderdeel")
        verbose_name_plural = _("conclusies per onderdeel")
        constraints = [
            models.CheckConstraint(
                condition=Q(doel__isnull=True) ^ Q(lijn__isnull=True),
                name="onderdeelconclusie_doel_of_lijn",
                violation_error_message=_("Een conclusie hoort bij een doel of bij een lijn."),
            ),
            models.UniqueConstraint(
                fields=["evaluatie", "doel"], name="onderdeelconclusie_uniek_doel"
            ),
            models.UniqueConstraint(
                fields=["evaluatie", "lijn"], name="onderdeelconclusie_uniek_lijn"
            ),
        ]

    def __str__(self):
        return f"Conclusie {self.doel or self.lijn}"


class Oordeelcorrectie(models.Model):
    """The programme manager's verdict on an indicator where it differs from the computed one;
    only with a written reason. The page shows both."""

    evaluatie = models.ForeignKey(
        Eindevaluatie, on_delete=models.CASCADE, related_name="correcties"
    )
    indicator = models.ForeignKey(Effectindicator, on_delete=models.PROTECT, related_name="+")
    oordeel = models.CharField(_("oordeel"), max_length=20, choices=Oordeel.choices)
    reden = models.TextField(_("reden"))
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("door"),
    )
    op = models.DateTimeField(_("op"), auto_now=True)

    history = Historie()

    class Meta:
        verbose_name = _("bijgesteld oordeel")
        verbose_name_plural = _("bijgestelde oordelen")
        constraints = [
            models.UniqueConstraint(
                fields=["evaluatie", "indicator"], name="oordeelcorrectie_uniek"
            ),
            models.CheckConstraint(
                condition=~Q(reden=""),
                name="oordeelcorrectie_met_reden",
                violation_error_message=_("Geef de reden waarom het oordeel afwijkt."),
            ),
        ]

    def __str__(self):
        return f"{self.indicator}: {self.get_oordeel_display()}"
