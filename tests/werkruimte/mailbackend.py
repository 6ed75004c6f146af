"""An e-mail backend that fails once: stands in for a worker dying between claim and send."""

from django.core.mail.backends.locmem import EmailBackend


class EersteKeerStuk(EmailBackend):
    gefaald = False

    def send_messages(self, messages):
        if not EersteKeerStuk.gefaald:
            EersteKeerStuk.gefaald = True
            raise ConnectionError("mailserver weg (gesimuleerd)")
        return super().send_messages(messages)
