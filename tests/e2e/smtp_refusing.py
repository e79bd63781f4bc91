"""An aiosmtpd handler for mail.py: a Maildir that refuses every recipient
at refused.example.org with 550, as a real server refuses an unknown
address, and accepts the rest."""

from aiosmtpd.handlers import Mailbox


class RefusingMailbox(Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.endswith("@refused.example.org"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"
