"""A real SMTP server for the mail tests (aiosmtpd, from PyPI), on loopback.

    python smtp_sink.py DIR [--refuse-first N] [--reject]

Listens on a free port of 127.0.0.1, prints "listening on PORT" once it does, and writes each
message it accepts to DIR as NNNN.eml (the raw message, envelope sender and recipients in the
first two lines) and, decoded by Python's own e-mail parser, as NNNN.json (recipients, subject,
headers, the plain text and the HTML part). --refuse-first N answers the first N messages with 451 (try again later);
--reject answers every message with 550 (a permanent refusal).
"""

import argparse
import asyncio
import email
import email.policy
import json
import pathlib
import socket

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory, refuse_first, reject):
        self.directory = pathlib.Path(directory)
        self.refuse_left = refuse_first
        self.reject = reject
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        if self.reject:
            return "550 5.1.1 Mailbox unavailable"
        if self.refuse_left > 0:
            self.refuse_left -= 1
            return "451 4.3.0 Try again later"
        self.count += 1
        path = self.directory / f"{self.count:04}.eml"
        head = f"X-Envelope-From: {envelope.mail_from}\nX-Envelope-To: {', '.join(envelope.rcpt_tos)}\n"
        path.write_bytes(head.encode() + envelope.original_content)
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        text = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        decoded = {
            "to": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "headers": {name.lower(): str(value) for name, value in message.items()},
            "text": text.get_content() if text else None,
            "html": html.get_content() if html else None,
        }
        path.with_suffix(".json").write_text(json.dumps(decoded, ensure_ascii=False))
        return "250 2.0.0 Accepted"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--refuse-first", type=int, default=0)
    parser.add_argument("--reject", action="store_true")
    args = parser.parse_args()
    port = free_port()
    controller = Controller(
        Sink(args.directory, args.refuse_first, args.reject), hostname="127.0.0.1", port=port
    )
    controller.start()
    print(f"listening on {port}", flush=True)
    try:
        asyncio.new_event_loop().run_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
