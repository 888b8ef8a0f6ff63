/**
 * Another protocol's reply codes share the numbers: SMTP and FTP (250, 421, 450, 550), LDAP, IMAP.
 * Named on the line, around it or at the head of the file, that protocol decides: a number there is not
 * an HTTP status unless a slot that says HTTP itself holds it (a status call, a status line, an API
 * description's responses). Process exit statuses (127, 130) named on the line only weigh against.
 */
import { contextLine } from '../scan';
import { anyLineWith, HEAD, headFlags, LINE, MAIL } from './facts';
import type { Candidate, Evidence, Examples, Finding } from './types';

const EXIT = /\b(?:errno|exitCode|exit_code|ExitCode|exitStatus|exit_status|returncode|process\.exit|sys\.exit|os\.Exit|System\.exit|Environment\.Exit|(?<![.:])exit!?|ExitStatus|WEXITSTATUS|LASTEXITCODE)\b|\$\?|\bexit\s+(?:code|status)\b/;

/** SMTP, FTP, LDAP or IMAP named on the line or within three lines of it: decisive. */
export function mailAtHand(c: Candidate): boolean {
  c.memo.mail ??= MAIL.test(c.left) || MAIL.test(c.right) || anyLineWith(c.doc, c.line - 3, c.line + 3, c.line, LINE.mail);
  return c.memo.mail as boolean;
}

/** SMTP, FTP, LDAP or IMAP named within twelve lines or at the head of the file: it weighs. */
export function mailInFile(c: Candidate): boolean {
  return mailAtHand(c) || anyLineWith(c.doc, c.line - 12, c.line + 12, c.line, LINE.mail) || (headFlags(c.doc) & HEAD.mail) !== 0;
}

export const mailProtocol: Evidence = {
  id: 'mail-protocol',
  direction: 'against',
  view: 'any',
  summary: 'another protocol (SMTP, FTP, LDAP, IMAP) is named within three lines: decisive unless a slot says HTTP itself',
  test: (c: Candidate): Finding | undefined => (mailAtHand(c) ? {} : undefined),
};

export const mailInFileEvidence: Evidence = {
  id: 'mail-in-file',
  direction: 'against',
  view: 'any',
  summary: 'another protocol (SMTP, FTP, LDAP, IMAP) is named in the file, at its head or within twelve lines',
  test: (c: Candidate): Finding | undefined => (mailInFile(c) ? {} : undefined),
};

export const exitStatus: Evidence = {
  id: 'exit-status',
  direction: 'against',
  view: 'any',
  summary: 'a process exit status is named on the line or the one before (`exit 127`, `$?`, `returncode`)',
  test: (c: Candidate): Finding | undefined =>
    EXIT.test(c.left) || EXIT.test(c.right) || EXIT.test(contextLine(c.doc, c.line - 1)) ? {} : undefined,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'mail-protocol': {
    fires: [
      { lang: 'python', text: 'import smtplib\nif code == ⟦550⟧:\n    pass' },
      { lang: 'javascript', text: 'const transporter = nodemailer.createTransport(opts);\nif (err.responseCode === ⟦421⟧) retry();' },
      { lang: 'csharp', text: 'catch (SmtpException ex) when ((int)ex.StatusCode == ⟦451⟧) { }' },
      { lang: 'python', text: '# FTP says ⟦226⟧ when the transfer is complete' },
    ],
    silent: [
      { lang: 'python', text: 'import requests\nif r.status_code == ⟦404⟧:\n    pass' },
      { lang: 'javascript', text: 'if (res.status === ⟦421⟧) retry();' },
      { lang: 'go', text: 'w.WriteHeader(⟦503⟧)' },
      { lang: 'python', text: '# the API says ⟦202⟧ when the job is queued' },
    ],
  },
  'mail-in-file': {
    fires: [
      { lang: 'python', text: 'import smtplib\n\n\n\n\n\n\nif code == ⟦550⟧:\n    pass' },
      { lang: 'perl', text: 'use Net::SMTP;\n\n\n\n\n\nmy $limit = ⟦250⟧;' },
      { lang: 'javascript', text: "const nodemailer = require('nodemailer');\n\n\n\n\nconst n = ⟦421⟧;" },
      { lang: 'ruby', text: "require 'net/smtp'\n\n\n\n\nreply = ⟦550⟧" },
      // Past the head of the file (its first 30 lines), named five lines below: within twelve.
      { lang: 'javascript', text: '\n'.repeat(40) + 'const n = ⟦421⟧;\n\n\n\n\n// retried by the SMTP relay' },
    ],
    silent: [
      { lang: 'python', text: 'import requests\n\n\n\n\n\n\nif code == ⟦404⟧:\n    pass' },
      { lang: 'perl', text: 'use LWP::UserAgent;\n\n\n\n\n\nmy $limit = ⟦250⟧;' },
      { lang: 'javascript', text: "const axios = require('axios');\n\n\n\n\nconst n = ⟦421⟧;" },
      { lang: 'ruby', text: "require 'net/http'\n\n\n\n\nreply = ⟦404⟧" },
      // Past the head of the file, named twenty lines below: too far.
      { lang: 'javascript', text: '\n'.repeat(40) + 'const n = ⟦421⟧;' + '\n'.repeat(20) + '// retried by the SMTP relay' },
    ],
  },
  'exit-status': {
    fires: [
      { lang: 'go', text: 'os.Exit(⟦130⟧)' },
      { lang: 'shellscript', text: 'if [ $? -eq ⟦124⟧ ]; then' },
      { lang: 'python', text: 'if proc.returncode == ⟦137⟧:' },
      { lang: 'javascript', text: 'process.exit(⟦130⟧);' },
      { lang: 'shellscript', text: 'status=$?\nif [ "$status" -eq ⟦124⟧ ]; then' },
    ],
    silent: [
      { lang: 'go', text: 'w.WriteHeader(⟦503⟧)' },
      { lang: 'shellscript', text: 'if [ "$code" -eq ⟦200⟧ ]; then' },
      { lang: 'python', text: 'if resp.status_code == ⟦404⟧:' },
      { lang: 'javascript', text: 'res.status(⟦500⟧);' },
      { lang: 'shellscript', text: 'if [ "$code" -eq ⟦200⟧ ]; then\n  exit 1' },
    ],
  },
};
