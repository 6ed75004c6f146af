from django.db import connection
from django.http import JsonResponse


def health(request):
    """Liveness and database check for load balancers and monitoring."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except Exception:  # noqa: BLE001 - any database error means unhealthy
        database = "fout"
    status = 200 if database == "ok" else 503
    return JsonResponse(
        {"status": "ok" if status == 200 else "fout", "database": database}, status=status
    )


def programmas(request):
    """Every programme of the portal: the current ones, then the archived ones (public)."""
    from django.shortcuts import render

    from doelen.selectors import programma_list

    alle = list(programma_list())
    huidig_pk = getattr(request.programma, "pk", None) if alle else None
    return render(
        request,
        "programmas.html",
        {
            "lopend": [p for p in alle if not p.is_gearchiveerd],
            "gearchiveerd": [p for p in alle if p.is_gearchiveerd],
            "huidig": next((p for p in alle if p.pk == huidig_pk), None),
        },
    )
