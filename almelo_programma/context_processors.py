from .kern.rechten import BESTUURDER, LIJNTREKKER, PARTNER, PROGRAMMAMANAGER, heeft_rol, is_intern


def portal(request):
    user = request.user
    return {
        "is_intern": is_intern(user),
        "is_programmamanager": heeft_rol(user, PROGRAMMAMANAGER),
        "is_lijntrekker": heeft_rol(user, LIJNTREKKER),
        "is_bestuurder": heeft_rol(user, BESTUURDER),
        "is_partner": heeft_rol(user, PARTNER),
    }
