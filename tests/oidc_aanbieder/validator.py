from oauth2_provider.oauth2_validators import OAuth2Validator


class Validator(OAuth2Validator):
    """Adds the claims the portal reads: names, e-mail, user name and the roles (the user's
    group names at this provider) under the claim ``roles``."""

    oidc_claim_scope = {**OAuth2Validator.oidc_claim_scope, "roles": "profile"}

    def get_additional_claims(self, request):
        user = request.user
        return {
            "given_name": user.first_name,
            "family_name": user.last_name,
            "email": user.email,
            "preferred_username": user.username,
            "roles": sorted(user.groups.values_list("name", flat=True)),
        }
