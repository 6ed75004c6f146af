from django.contrib import admin
from django.core.exceptions import ObjectDoesNotExist, ValidationError

from .models import UitgaandeTaak
from .programmas import GEARCHIVEERD, ProgrammaGearchiveerd, is_gearchiveerd


@admin.register(UitgaandeTaak)
class UitgaandeTaakAdmin(admin.ModelAdmin):
    """Read-only: operators see what waits for the broker and why."""

    list_display = ("pk", "taak", "aangemaakt_op", "verstuurd_op", "pogingen")
    list_filter = ("taak", ("verstuurd_op", admin.EmptyFieldListFilter))
    readonly_fields = [f.name for f in UitgaandeTaak._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


def _stap(obj, naam):
    try:
        return getattr(obj, naam)
    except ObjectDoesNotExist:  # a new row whose parent is not chosen yet
        return None


def programma_langs(obj, pad: str | None):
    """The programme of ``obj`` along ``pad`` (``None``: the model's ``PROGRAMMA_PAD``);
    ``obj`` itself when it is a programme; ``None`` for the municipality's shared rows."""
    if obj is None:
        return None
    if hasattr(obj, "gearchiveerd_op"):  # a Programma
        return obj
    pad = pad or getattr(obj, "PROGRAMMA_PAD", None)
    if pad is None:
        return None
    for naam in pad.split("__"):
        obj = _stap(obj, naam)
        if obj is None:
            return None
    return obj


def _programma_uit_formulier(form, pad):
    """The programme a row in ``form`` will belong to: the first step from the chosen value
    (``cleaned_data``) when the form has that field, else from the row itself."""
    if pad is None:
        return None
    eerste, _, rest = pad.partition("__")
    if eerste in form.cleaned_data:
        waarde = form.cleaned_data[eerste]
    else:
        waarde = _stap(form.instance, eerste)
    return waarde if not rest else programma_langs(waarde, rest)


def archief_formulier(form_class, pad):
    """``form_class`` that refuses (a form error) a row placed under an archived programme."""

    class Formulier(form_class):
        def clean(self):
            cleaned_data = super().clean()
            if is_gearchiveerd(_programma_uit_formulier(self, pad)):
                raise ValidationError(GEARCHIVEERD, code="gearchiveerd")
            return cleaned_data

    Formulier.__name__ = form_class.__name__
    return Formulier


class ArchiefAdminMixin:
    """For the admin of a programme's rows (a ``ModelAdmin`` or an inline): a row of an
    archived programme is shown read-only and cannot be deleted; a new row under an archived
    programme is refused by the form with the Dutch message of ``ProgrammaGearchiveerd``.

    The programme of a row follows the model's ``PROGRAMMA_PAD`` (or ``archief_pad`` when the
    model has none); an inline looks at its parent row. Put the mixin first in the bases.
    """

    archief_pad: str | None = None

    def _pad(self) -> str | None:
        return self.archief_pad or getattr(self.model, "PROGRAMMA_PAD", None)

    def _is_inline(self) -> bool:
        return isinstance(self, admin.options.InlineModelAdmin)

    def is_gearchiveerd_object(self, obj) -> bool:
        """``obj`` is the row (the parent row for an inline)."""
        if obj is None:
            return False
        return is_gearchiveerd(programma_langs(obj, None if self._is_inline() else self._pad()))

    def has_change_permission(self, request, obj=None):
        if self.is_gearchiveerd_object(obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if self.is_gearchiveerd_object(obj):
            return False
        return super().has_delete_permission(request, obj)

    def has_add_permission(self, request, *args):
        # an inline is asked with its parent row
        if self._is_inline() and args and self.is_gearchiveerd_object(args[0]):
            return False
        return super().has_add_permission(request, *args)

    def get_prepopulated_fields(self, request, obj=None):
        if self.is_gearchiveerd_object(obj):
            return {}
        return super().get_prepopulated_fields(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return archief_formulier(form, self._pad())

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = archief_formulier(formset.form, self._pad())
        return formset

    def delete_queryset(self, request, queryset):
        """The list's "delete selected": refused when a row belongs to an archived programme."""
        if any(self.is_gearchiveerd_object(obj) for obj in queryset):
            raise ProgrammaGearchiveerd()
        super().delete_queryset(request, queryset)
