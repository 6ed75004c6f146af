"""Which programme a request is about: the programme in the URL, or the current one.

Every programme has stable addresses under its slug (``/<programma-slug>/…``); the current
programme (``doelen.selectors.huidig_programma``) is also served at today's unprefixed addresses,
so bookmarks, feeds and links from before there were several programmes keep working.

The prefix is handled the way django-hosts handles a host name: the middleware picks a URL
configuration per request (``request.urlconf``), one per programme with its pages mounted under
its slug. ``reverse()`` and ``{% url %}`` therefore produce the addresses of the programme the
page is about without every call naming it; a link to another programme uses
``programma_reverse`` or the ``{% programma_url %}`` tag. Outside a request (Celery tasks,
e-mails) ``programma_urls(programma)`` sets the same configuration for a block.
"""

import contextlib
import functools
import types

from django.http import HttpResponseRedirect
from django.urls import get_urlconf, include, path, reverse, set_urlconf
from django.utils.functional import SimpleLazyObject

from almelo_programma.kern.programmas import ProgrammaGearchiveerd, is_gearchiveerd
from doelen.models import GERESERVEERDE_SLUGS, Programma
from doelen.selectors import huidig_programma

# URL namespaces whose pages are about one programme (the others, e.g. the network, the partner
# pages, the API and the login, belong to the municipality).
PROGRAMMA_NAMESPACES = frozenset(
    {"publiek", "werkruimte", "activiteiten", "woondeals", "besluiten", "evaluatie", "dashboard"}
)


@functools.cache
def urlconf_voor(slug: str) -> types.ModuleType:
    """The URL configuration of the programme ``slug``: the portal's own pages plus the
    programme's pages under ``/<slug>/`` (one module per slug, kept for the process)."""
    from almelo_programma import urls

    module = types.ModuleType(f"almelo_programma.urls_programma_{slug.replace('-', '_')}")
    module.urlpatterns = [*urls.GLOBALE_URLS, path(f"{slug}/", include(urls.PROGRAMMA_URLS))]
    for handler in ("handler403", "handler404", "handler500"):
        setattr(module, handler, getattr(urls, handler))
    return module


def programma_reverse(programma: Programma, viewname: str, *args, **kwargs) -> str:
    """``reverse()`` for a page of ``programma`` (always its stable, prefixed address)."""
    return reverse(
        viewname, urlconf=urlconf_voor(programma.slug), args=args or None, kwargs=kwargs or None
    )


@contextlib.contextmanager
def programma_urls(programma: Programma | None):
    """Within the block, ``reverse()`` builds the addresses of ``programma`` (for tasks and
    e-mails); ``None`` keeps the unprefixed addresses of the current programme."""
    vorige = get_urlconf()
    if programma is not None:
        set_urlconf(urlconf_voor(programma.slug))
    try:
        yield
    finally:
        set_urlconf(vorige)


def naar_programma(request, programma: Programma) -> HttpResponseRedirect:
    """Redirect to the page being asked for, but of ``programma`` (an old bookmark to an object
    of a programme that is no longer the current one)."""
    match = request.resolver_match
    url = programma_reverse(programma, match.view_name, *match.args, **match.kwargs)
    if request.META.get("QUERY_STRING"):
        url = f"{url}?{request.META['QUERY_STRING']}"
    return HttpResponseRedirect(url)


# Methods that read; every other method writes and is refused on an archived programme.
VEILIGE_METHODEN = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# Pages of a programme whose writes do not change that programme, so they work when it is
# archived: starting its successor (copies, changes nothing of the old programme).
SCHRIJFT_NIET_IN_PROGRAMMA = frozenset({"evaluatie:opvolger"})


def eerste_segment(pad: str) -> str:
    return pad.lstrip("/").split("/", 1)[0]


class ProgrammaMiddleware:
    """Sets ``request.programma`` (lazy: costs a query only when used) and, for an address under
    a programme's slug, that programme's URL configuration. On a page of a programme
    (``PROGRAMMA_NAMESPACES``) a signed-in user has the roles they hold in that programme, and
    a write (any method but GET/HEAD/OPTIONS/TRACE) to an archived programme is refused with 403
    and the Dutch message of ``ProgrammaGearchiveerd`` (see ``evaluatie/archief.py``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        segment = eerste_segment(request.path_info)
        programma = None
        if segment and segment not in GERESERVEERDE_SLUGS and "." not in segment:
            programma = Programma.objects.filter(slug=segment).first()
        if programma is not None:
            request.urlconf = urlconf_voor(programma.slug)
            request.programma = programma
            request.programma_in_url = True
        else:
            request.programma = SimpleLazyObject(huidig_programma)
            request.programma_in_url = False
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        request.is_programmapagina = bool(
            match and PROGRAMMA_NAMESPACES.intersection(match.namespaces)
        )
        if request.is_programmapagina and hasattr(request, "user"):
            # read by kern.rechten.heeft_rol, only when a role is asked for
            request.user._rol_programma = request.programma
        if (
            request.is_programmapagina
            and request.method not in VEILIGE_METHODEN
            and match.view_name not in SCHRIJFT_NIET_IN_PROGRAMMA
            and is_gearchiveerd(request.programma)
        ):
            raise ProgrammaGearchiveerd()
        return None
