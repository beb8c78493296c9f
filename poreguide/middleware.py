from django.conf import settings


class PermissionsPolicyMiddleware:
    """Send a Permissions-Policy header: Django and django-csp have no setting for it.

    The app needs no camera, microphone, location, payment or USB, so it asks the browser to
    refuse them to the page and to anything embedded in it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy:
            response.headers.setdefault("Permissions-Policy", self.policy)
        return response
