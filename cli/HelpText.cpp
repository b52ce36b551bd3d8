#include "HelpText.h"
#include "TerminalText.h"
#include "Words.h"

#include "CommandLine.h"
#include "ExitCodes.h"

#include <QCoreApplication>

#ifndef TPMVSC_VERSION
#define TPMVSC_VERSION "0.0.0"
#endif

namespace tpmvsc::cli {

namespace {

struct CommandHelp {
    const char* name;
    const char* summary;
    const char* text; // usage, options, secrets on stdin, examples
};

// Written for people first; the parser's option table is the authority, and a unit test
// checks every option of that table appears here.
const CommandHelp kCommands[] = {
    {"create", QT_TRANSLATE_NOOP("tpmvscmgr", "create a TPM virtual smart card"),
     QT_TRANSLATE_NOOP(
         "tpmvscmgr",
         "Usage: tpmvscmgr create /name NAME /AdminKey {DEFAULT|PROMPT|RANDOM}\n"
         "         [/PIN {DEFAULT|PROMPT}] [/PUK {DEFAULT|PROMPT}] [/generate]\n"
         "         [/pinpolicy KEYWORD VALUE ...] [/pintries N] [/adminresets N]\n"
         "         [/OwnerAuth PROMPT] [/attestation AIK_ONLY]\n"
         "         [/attestation AIK_AND_CERT /attestationca URL] [/quiet] [/json]\n"
         "         [/machine HOST]\n"
         "\n"
         "Creates a card whose keys live in the TPM and prints its instance ID,\n"
         "ROOT\\SMARTCARDREADER\\000n (n from 0, +1 per card, never reused).\n"
         "\n"
         "  /name NAME          required; the card's name\n"
         "  /AdminKey DEFAULT   the well-known key "
         "010203040506070801020304050607080102030405060708\n"
         "  /AdminKey PROMPT    asks for a 48-hex-digit admin key\n"
         "  /AdminKey RANDOM    a random key nobody learns: the PIN can never be reset\n"
         "  /PIN DEFAULT        the PIN 12345678 (also when /PIN is omitted)\n"
         "  /PIN PROMPT         asks for the PIN\n"
         "  /PUK DEFAULT        the PUK 12345678; /PUK PROMPT asks for it;\n"
         "                      without /PUK the card has no PUK\n"
         "  /generate           create the card's file system now (without it, the card\n"
         "                      needs `tpmvscmgr initialize` before it holds keys)\n"
         "  /pinpolicy          pairs up to the next option:\n"
         "                        minlen N (default 8, at least 4)\n"
         "                        maxlen N (default 127, at most 127)\n"
         "                        uppercase|lowercase|digits|specialchars\n"
         "                          ALLOWED|DISALLOWED|REQUIRED (default ALLOWED)\n"
         "                      PIN characters are printable ASCII.\n"
         "  /pintries N         wrong PINs before the card blocks (1-10, default 5); the TPM\n"
         "                      counts them itself, in an NV index of the card's\n"
         "  /OwnerAuth PROMPT   asks for the TPM owner's password, needed when the owner\n"
         "                      hierarchy has one (the card's NV indices are made there)\n"
         "  /adminresets N      admin PIN resets prepared now, while the admin key is known\n"
         "                      (0-100, default 10; always 0 with /AdminKey RANDOM)\n"
         "  /attestation AIK_ONLY  the card gets an attestation key (AIK), a TPM key that\n"
         "                      certifies the card's keys (tpmvscmgr attest)\n"
         "  /attestation AIK_AND_CERT  the same, and the attestation CA at\n"
         "                      /attestationca URL certifies the AIK after checking the\n"
         "                      TPM's endorsement key certificate (credential activation);\n"
         "                      without the CA's certificate no card is made\n"
         "  /json               print the new card's status as one JSON document\n"
         "  /machine HOST       create the card on HOST, over ssh (see tpmvscmgr /?)\n"
         "\n"
         "PINs and PUKs have at least 8 characters. With /quiet only the instance ID is\n"
         "printed.\n"
         "\n"
         "Secrets, when standard input is not a terminal (one line each, in this order):\n"
         "  admin key (if /AdminKey PROMPT), PIN (if /PIN PROMPT), PUK (if /PUK PROMPT).\n"
         "On a terminal each is asked twice, without echo.\n"
         "\n"
         "Examples:\n"
         "  tpmvscmgr create /name TestVSC /pin default /adminkey random /generate\n"
         "  tpmvscmgr create /name \"VirtualSmartCardForCorpAccess\" /AdminKey DEFAULT /PIN "
         "PROMPT\n"
         "  tpmvscmgr create /name \"VirtualSmartCardForCorpAccess\" /AdminKey PROMPT /PIN PROMPT\n"
         "  tpmvscmgr create /name CorpCard /PIN PROMPT /pinpolicy minlen 4 maxlen 8 "
         "/AdminKey DEFAULT /generate\n"
         "  printf '%s\\n' 24681357 | tpmvscmgr create /name Scripted /adminkey default "
         "/pin prompt /generate /quiet\n")},
    {"destroy", QT_TRANSLATE_NOOP("tpmvscmgr", "delete a card and its keys for good"),
     QT_TRANSLATE_NOOP(
         "tpmvscmgr",
         "Usage: tpmvscmgr destroy /instance ID [/OwnerAuth PROMPT] [/quiet]\n"
         "         [/machine HOST]\n"
         "\n"
         "Deletes the card: its NV indices in the TPM, then its file. Its keys\n"
         "and certificates cannot be recovered. Its instance number is never\n"
         "given to another card.\n"
         "\n"
         "  /instance ID        ROOT\\SMARTCARDREADER\\000n as create printed it, or n\n"
         "  /OwnerAuth PROMPT   asks for the TPM owner's password, when it has one\n"
         "\n"
         "No card secret is asked (as on Windows).\n"
         "\n"
         "Example:\n"
         "  tpmvscmgr destroy /instance ROOT\\SMARTCARDREADER\\0000\n")},
    {"list", QT_TRANSLATE_NOOP("tpmvscmgr", "list the cards"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr list [/quiet] [/json]\n"
                       "\n"
                       "One line per card: instance ID, name, state (ready, blocked, no file\n"
                       "system), PIN tries left, admin resets left, number of keys. With /quiet\n"
                       "only the instance IDs; with /json every card's status as one JSON\n"
                       "document. Reads the store only; no TPM needed.\n")},
    {"status", QT_TRANSLATE_NOOP("tpmvscmgr", "show everything about one card"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr status /instance ID [/json]\n"
                       "\n"
                       "Name, instance, creation time, PIN policy, PIN tries left, PUK, admin\n"
                       "key kind, admin resets left, blocked, file system, attestation key,\n"
                       "keys, certificates; with /json as one JSON document.\n"
                       "Reads the store only; no TPM needed.\n")},
    {"changepin", QT_TRANSLATE_NOOP("tpmvscmgr", "change the PIN"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr changepin /instance ID\n"
                       "\n"
                       "Secrets, when standard input is not a terminal (one line each):\n"
                       "  current PIN, new PIN.\n"
                       "A wrong current PIN uses up one try; the last try blocks the card.\n")},
    {"unblock", QT_TRANSLATE_NOOP("tpmvscmgr", "unblock with the PUK and set a new PIN"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr unblock /instance ID\n"
                       "\n"
                       "For cards created with /PUK. Resets the PIN tries.\n"
                       "\n"
                       "Secrets, when standard input is not a terminal (one line each):\n"
                       "  PUK, new PIN.\n")},
    {"resetpin", QT_TRANSLATE_NOOP("tpmvscmgr", "reset the PIN with an admin response"),
     QT_TRANSLATE_NOOP(
         "tpmvscmgr",
         "Usage: tpmvscmgr resetpin /instance ID\n"
         "\n"
         "Prints `Challenge: XXXX XXXX XXXX XXXX` on standard output. Read it to your\n"
         "helpdesk, who runs `tpmvscmgr response /challenge ...` (or any Windows\n"
         "response calculator) with the card's admin key, then type the response (with\n"
         "or without spaces) and a new PIN. The card is unblocked. Each challenge works\n"
         "once; `status` shows how many admin resets are left.\n"
         "\n"
         "Secrets, when standard input is not a terminal (one line each):\n"
         "  response, new PIN.\n")},
    {"response", QT_TRANSLATE_NOOP("tpmvscmgr", "helpdesk: compute the response to a challenge"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr response /challenge HEX\n"
                       "\n"
                       "Computes the response to a challenge from resetpin or initialize:\n"
                       "3DES of the challenge under the admin key. Prints\n"
                       "`Response: XXXX XXXX XXXX XXXX` (with /quiet only the digits). Needs\n"
                       "no card and no TPM: run it on the helpdesk's machine.\n"
                       "\n"
                       "  /challenge HEX   16 hex digits, spaces allowed (quote them)\n"
                       "\n"
                       "Secrets, when standard input is not a terminal (one line):\n"
                       "  admin key (48 hex digits; DEFAULT for the default key).\n"
                       "\n"
                       "Example:\n"
                       "  tpmvscmgr response /challenge \"0123 4567 89AB CDEF\"\n")},
    {"initialize",
     QT_TRANSLATE_NOOP("tpmvscmgr", "create the file system of a card made "
                                    "without /generate"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr initialize /instance ID\n"
                       "\n"
                       "Needs the admin: prints a challenge like resetpin and reads the\n"
                       "response.\n"
                       "\n"
                       "Secrets, when standard input is not a terminal (one line):\n"
                       "  response.\n")},
    {"keygen", QT_TRANSLATE_NOOP("tpmvscmgr", "generate a key on the card"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr keygen /instance ID [/key ALGORITHM] [/label TEXT]\n"
                       "\n"
                       "The private key is made by the TPM and never leaves it. Prints the key\n"
                       "ID (40 hex digits; with /quiet nothing else). A card holds up to 30 keys.\n"
                       "\n"
                       "  /key ALGORITHM   rsa2048 (default), rsa3072, p256 or p384\n"
                       "  /label TEXT      a name for the key\n"
                       "\n"
                       "Secrets, when standard input is not a terminal (one line):\n"
                       "  PIN.\n")},
    {"keys", QT_TRANSLATE_NOOP("tpmvscmgr", "list a card's keys"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr keys /instance ID [/json]\n"
                       "\n"
                       "One line per key: ID, algorithm, creation time, certificate, label.\n"
                       "With /quiet only the IDs; with /json one JSON document. No TPM needed.\n")},
    {"delkey", QT_TRANSLATE_NOOP("tpmvscmgr", "delete a key"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr delkey /instance ID /key REF\n"
                       "\n"
                       "  /key REF   the key's ID, a unique prefix of it (4 hex digits or more),\n"
                       "             or its label\n"
                       "\n"
                       "Secrets, when standard input is not a terminal (one line):\n"
                       "  PIN.\n")},
    {"sign", QT_TRANSLATE_NOOP("tpmvscmgr", "sign data or a digest with a key"),
     QT_TRANSLATE_NOOP(
         "tpmvscmgr",
         "Usage: tpmvscmgr sign /instance ID /key REF {/in FILE | /digest FILE} /out FILE\n"
         "         [/hash sha256|sha384|sha512] [/pss]\n"
         "\n"
         "  /in FILE       data to sign: tpmvscmgr hashes it with /hash\n"
         "  /digest FILE   a digest already computed: raw bytes, exactly the size of\n"
         "                 /hash (32, 48 or 64 bytes), not hex\n"
         "  /out FILE      where the signature goes (raw bytes)\n"
         "  /hash          sha256 (default), sha384 or sha512\n"
         "  /pss           RSA-PSS (salt as long as the hash) instead of PKCS#1 v1.5\n"
         "  /key REF       the key's ID, a unique prefix of it, or its label\n"
         "\n"
         "ECDSA signatures are DER, as OpenSSL verifies them. Check with:\n"
         "  tpmvscmgr export /instance 0 /key REF /out key.pem\n"
         "  openssl dgst -sha256 -verify key.pem -signature sig.bin data.txt\n"
         "\n"
         "Secrets, when standard input is not a terminal (one line):\n"
         "  PIN.\n")},
    {"export", QT_TRANSLATE_NOOP("tpmvscmgr", "export a key's public key or certificate"),
     QT_TRANSLATE_NOOP(
         "tpmvscmgr",
         "Usage: tpmvscmgr export /instance ID /key REF [/cert [/chain]] [/out FILE] [/der]\n"
         "\n"
         "Writes the key's public key (SubjectPublicKeyInfo), or with /cert its\n"
         "certificate, PEM unless /der, to FILE or to standard output. No PIN, no TPM\n"
         "needed.\n"
         "\n"
         "  /cert    the certificate stored with the key instead of the public key\n"
         "  /chain   with /cert: the issuer certificates too, leaf first (PEM: one block\n"
         "           each; /der: a PKCS#7 bundle, .p7b)\n"
         "  /der     DER instead of PEM\n"
         "\n"
         "Example:\n"
         "  tpmvscmgr export /instance 0 /key logon /cert /out alice.pem\n")},
    {"request", QT_TRANSLATE_NOOP("tpmvscmgr", "make a certificate request (CSR) with a card key"),
     QT_TRANSLATE_NOOP(
         "tpmvscmgr",
         "Usage: tpmvscmgr request /instance ID /template NAME /subject DN [/san NAME]...\n"
         "         [/key ALGORITHM | /usekey REF] [/label TEXT] [/hash HASH] [/pss]\n"
         "         [/selfsigned [/days N] | /attest] /out FILE [/der]\n"
         "\n"
         "Generates a key in the TPM (or uses one already on the card) and writes a\n"
         "PKCS#10 request signed by it. The private key never leaves the TPM. If the\n"
         "request cannot be made, no key is left on the card. Everything given is\n"
         "checked before the PIN is asked for.\n"
         "\n"
         "  /template NAME   what the certificate is for: smartcardlogon, signature,\n"
         "                   clientauth, smime, or your own (tpmvscmgr templates)\n"
         "  /subject DN      RFC 4514, most specific first: \"CN=Alice,O=Example,C=DE\"\n"
         "                   (CN, O, OU, L, ST, C, DC, emailAddress, ...; UTF-8 welcome;\n"
         "                   escape , + \" \\ < > ; with a backslash). May be \"\" when a\n"
         "                   /san names the subject\n"
         "  /san NAME        a subject alternative name: upn:alice@example.com,\n"
         "                   email:alice@example.com or dns:host.example.com. Repeat\n"
         "                   /san, or give several separated by commas\n"
         "  /key ALGORITHM   a new key: rsa2048, rsa3072, p256 or p384 (default: the\n"
         "                   template's first choice)\n"
         "  /usekey REF      sign with this key of the card instead (ID, prefix, label)\n"
         "  /label TEXT      the new key's label\n"
         "  /hash HASH       sha256, sha384 or sha512 (default: the template's; sha384\n"
         "                   for P-384)\n"
         "  /pss             RSA-PSS instead of PKCS#1 v1.5 (RSA keys)\n"
         "  /selfsigned      also make a self-signed certificate and store it on the\n"
         "                   card with the key (tests, standalone use)\n"
         "  /days N          its validity in days (default: the template's)\n"
         "  /attest          the card's attestation key certifies the key, and the\n"
         "                   request carries that proof (draft-ietf-lamps-csr-attestation)\n"
         "  /out FILE        where the request goes, PEM unless /der\n"
         "\n"
         "Prints the key ID (with /quiet nothing else).\n"
         "\n"
         "Secrets, when standard input is not a terminal (one line):\n"
         "  PIN.\n"
         "\n"
         "Example:\n"
         "  tpmvscmgr request /instance 0 /template smartcardlogon /subject \"CN=Alice\"\n"
         "            /san upn:alice@corp.example.com /key rsa2048 /out alice.csr\n")},
    {"enroll",
     QT_TRANSLATE_NOOP("tpmvscmgr", "get a certificate for a new card key from a CA (SCEP)"),
     QT_TRANSLATE_NOOP(
         "tpmvscmgr",
         "Usage: tpmvscmgr enroll /instance ID /url URL /template NAME /subject DN\n"
         "         [/san NAME]... [/challenge PROMPT] [/key rsa2048|rsa3072] [/label TEXT]\n"
         "         [/cafingerprint SHA256]\n"
         "\n"
         "Enrolls with a CA through SCEP (RFC 8894): asks the CA for its capabilities and\n"
         "certificate and prints the certificate's SHA-256 fingerprint, then generates an\n"
         "RSA key in the TPM, sends the request signed by it, and stores the certificate\n"
         "the CA issues (checked: the key's, chaining to the CA) with the key and the CA\n"
         "certificate in one card write. A refused or failed enrollment leaves no key.\n"
         "A request the CA puts on hold is not waited for yet.\n"
         "\n"
         "  /url URL           the SCEP service, e.g. http://ca.example.com/scep\n"
         "  /template NAME     the usages the request asks for (tpmvscmgr templates)\n"
         "  /subject DN        RFC 4514, as for request\n"
         "  /san NAME          a subject alternative name, as for request\n"
         "  /challenge PROMPT  ask for the challenge password the CA gave out\n"
         "  /key ALGORITHM     rsa2048 or rsa3072 (SCEP needs an RSA key; default: the\n"
         "                     template's first RSA choice)\n"
         "  /label TEXT        the new key's label\n"
         "  /cafingerprint SHA256  the CA certificate's SHA-256 fingerprint (64 hex\n"
         "                     digits, colons allowed): any other CA is refused before a\n"
         "                     key is made\n"
         "\n"
         "Prints the key ID and the certificate (with /quiet the key ID only).\n"
         "\n"
         "Secrets, when standard input is not a terminal (one line each):\n"
         "  PIN, then the challenge password (with /challenge PROMPT).\n"
         "\n"
         "Example:\n"
         "  tpmvscmgr enroll /instance 0 /url http://ca.example.com/scep\n"
         "            /template clientauth /subject \"CN=Alice\" /challenge PROMPT\n")},
    {"import", QT_TRANSLATE_NOOP("tpmvscmgr", "store an issued certificate with its key"),
     QT_TRANSLATE_NOOP(
         "tpmvscmgr",
         "Usage: tpmvscmgr import /instance ID /cert FILE [/key REF] [/cafile FILE]\n"
         "         [/template NAME] [/force]\n"
         "\n"
         "Reads the certificate the CA issued: PEM, DER or PKCS#7 (.p7b/.p7c), with its\n"
         "chain if the file has one (at most 1 MiB). Shows it and the checks, then\n"
         "stores it (and the chain) with the card key whose public key it carries:\n"
         "  key        its public key is a key of the card (else it is refused)\n"
         "  validity   expired or not yet valid: warning\n"
         "  usages     key usage and EKU against the template: warning when they differ\n"
         "  chain      trusted by the CA file or the system store; warning when not\n"
         "Errors refuse the certificate; warnings refuse it unless /force.\n"
         "\n"
         "  /cert FILE     the certificate file\n"
         "  /key REF       the certificate must be for this key\n"
         "  /cafile FILE   trusted CA certificates (PEM) instead of the system store\n"
         "  /template NAME check usages against this template (default: the first that\n"
         "                 fits, else smartcardlogon)\n"
         "  /force         store it despite warnings\n"
         "\n"
         "Secrets, when standard input is not a terminal (one line):\n"
         "  PIN.\n")},
    {"certs", QT_TRANSLATE_NOOP("tpmvscmgr", "list a card's certificates"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr certs /instance ID [/json]\n"
                       "\n"
                       "For each certificate: its key, subject, issuer, serial, validity, key\n"
                       "usage, EKU, SAN, SHA-256 fingerprint and stored chain. With /quiet one\n"
                       "line each: key ID and fingerprint; with /json one JSON document. No PIN,\n"
                       "no TPM needed.\n")},
    {"deletecert", QT_TRANSLATE_NOOP("tpmvscmgr", "delete a key's certificate"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr deletecert /instance ID /key REF\n"
                       "\n"
                       "Removes the certificate and chain stored with the key; the key stays.\n"
                       "\n"
                       "Secrets, when standard input is not a terminal (one line):\n"
                       "  PIN.\n")},
    {"upgrade", QT_TRANSLATE_NOOP("tpmvscmgr", "let the TPM count an older card's PIN tries"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr upgrade /instance ID [/AdminKey PROMPT]\n"
                       "                 [/OwnerAuth PROMPT]\n"
                       "\n"
                       "A card made by an older tpmvsc keeps its try counters in its file. This\n"
                       "moves them into the TPM (NV indices of the card), so that restoring old\n"
                       "copies of the file gains no guesses and a changed PIN is dead. The keys\n"
                       "stay. The PIN is asked, and the PUK when the card has one. The card's\n"
                       "old admin resets are dropped (they opened the card without changing\n"
                       "its PIN); give /AdminKey PROMPT to prepare new ones. Copies of the card\n"
                       "file made before the upgrade still hold the old objects: keep none.\n"
                       "\n"
                       "  /instance ID        the card\n"
                       "  /AdminKey PROMPT    the card's admin key (48 hex digits, or DEFAULT)\n"
                       "  /OwnerAuth PROMPT   asks for the TPM owner's password, when it has one\n"
                       "\n"
                       "Secrets, when standard input is not a terminal (one line each, in this\n"
                       "order): PIN, PUK (when the card has one), admin key (with /AdminKey),\n"
                       "owner password (with /OwnerAuth).\n")},
    {"cleanup", QT_TRANSLATE_NOOP("tpmvscmgr", "finish interrupted work, find left-over indices"),
     QT_TRANSLATE_NOOP(
         "tpmvscmgr",
         "Usage: tpmvscmgr cleanup [/remove HANDLE] [/OwnerAuth PROMPT]\n"
         "\n"
         "Finishes a card creation or destruction that a crash interrupted\n"
         "(such a card is removed, with its NV indices), then lists the NV\n"
         "indices in tpmvsc's handle block (0x01355600-0x013559ff) that none of\n"
         "your cards uses. Other users' cards use the same block and the TPM\n"
         "cannot tell whose an index is, so nothing listed is removed unless you\n"
         "name it:\n"
         "\n"
         "  /remove HANDLE      removes that index (e.g. /remove 0x01355600)\n"
         "  /OwnerAuth PROMPT   asks for the TPM owner's password, when it has one\n")},
    {"attestation", QT_TRANSLATE_NOOP("tpmvscmgr", "give a card an attestation key"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr attestation /instance ID /add AIK_ONLY\n"
                       "       tpmvscmgr attestation /instance ID /add AIK_AND_CERT\n"
                       "                             /attestationca URL\n"
                       "\n"
                       "Gives a card made without /attestation an attestation key (AIK): a\n"
                       "restricted signing key of the TPM (ECC P-256) that signs only what the\n"
                       "TPM itself says, kept with the card and usable with its PIN. A card\n"
                       "has one AIK.\n"
                       "\n"
                       "  /add AIK_ONLY       make the attestation key\n"
                       "  /add AIK_AND_CERT   make it and have the attestation CA at\n"
                       "                      /attestationca URL certify it: the CA checks the\n"
                       "                      TPM's endorsement key certificate, and only this\n"
                       "                      TPM can open its answer (credential activation).\n"
                       "                      A refusal leaves the card without an AIK.\n"
                       "\n"
                       "Secrets, when standard input is not a terminal (one line):\n"
                       "  PIN.\n")},
    {"attest", QT_TRANSLATE_NOOP("tpmvscmgr", "prove that a card key lives in the TPM"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr attest /instance ID /key REF [/nonce HEX] /out FILE\n"
                       "\n"
                       "The card's attestation key certifies the key (TPM2_Certify) and the\n"
                       "evidence is written as JSON, named as WebAuthn's \"tpm\" attestation\n"
                       "statement: certInfo (the TPM's TPMS_ATTEST), sig (the AIK's ECDSA\n"
                       "signature over it), pubArea (the key's TPM public area), aikPublic (PEM)\n"
                       "and ekCertificate when the TPM has one; x5c holds the AIK's certificate\n"
                       "and its issuers when an attestation CA certified the AIK.\n"
                       "\n"
                       "  /key REF     the key's ID, a unique prefix of it, or its label\n"
                       "  /nonce HEX   up to 32 bytes a verifier chose, returned in certInfo as\n"
                       "               extraData; without it extraData is empty\n"
                       "  /out FILE    where the evidence goes (written whole or not at all)\n"
                       "\n"
                       "The card needs an attestation key: /attestation AIK_ONLY at creation, or\n"
                       "tpmvscmgr attestation /add AIK_ONLY.\n"
                       "\n"
                       "Secrets, when standard input is not a terminal (one line):\n"
                       "  PIN.\n")},
    {"templates", QT_TRANSLATE_NOOP("tpmvscmgr", "list the certificate templates"),
     QT_TRANSLATE_NOOP("tpmvscmgr",
                       "Usage: tpmvscmgr templates [/json]\n"
                       "\n"
                       "The built-in templates and your own (JSON files in\n"
                       "$TPMVSC_HOME/templates, ~/.config/tpmvsc/templates or\n"
                       "/etc/tpmvsc/templates; the first with an id wins): id, name, key\n"
                       "types, key usage, EKU, subject alternative names. With /quiet only the\n"
                       "ids; with /json one JSON document. A template file that cannot be used\n"
                       "is reported (exit status 3).\n")},
    {"verifyattestation",
     QT_TRANSLATE_NOOP("tpmvscmgr", "check TPM evidence that a key lives in a TPM"),
     QT_TRANSLATE_NOOP(
         "tpmvscmgr",
         "Usage: tpmvscmgr verifyattestation /in FILE [/roots FILE] [/nonce HEX]\n"
         "         [/key PEM]\n"
         "       tpmvscmgr verifyattestation /request CSR [/aik PEM] [/roots FILE]\n"
         "         [/nonce HEX]\n"
         "\n"
         "Checks, as a relying party or a CA would, that a TPM certified a key with its\n"
         "attestation key (AIK): the AIK's signature over certInfo, TPM_GENERATED and\n"
         "TPM_ST_ATTEST_CERTIFY, the certified Name equal to the Name of pubArea, the key\n"
         "fixedTPM, fixedParent and sensitiveDataOrigin and not restricted, the nonce,\n"
         "and with /roots the AIK's certificate chain. Any failed check is named and\n"
         "ends with exit status 13. No TPM and no card are needed.\n"
         "\n"
         "  /in FILE       an evidence file, as tpmvscmgr attest writes it\n"
         "  /request CSR   a certificate request (PEM or DER) carrying the evidence; its\n"
         "                 key must be the certified key\n"
         "  /aik PEM       the AIK's public key (with /request; default: the request's\n"
         "                 certificate whose key verifies the statement)\n"
         "  /roots FILE    trusted roots of the AIK's certificate (PEM or DER)\n"
         "  /nonce HEX     the nonce the TPM must have signed (default: none)\n"
         "  /key PEM       the certified key must be this public key (with /in)\n")},
};

const CommandHelp* findHelp(const QString& command)
{
    for (const CommandHelp& h : kCommands) {
        if (command == QLatin1String(h.name))
            return &h;
    }
    return nullptr;
}

} // namespace

QString exitCodeHelp()
{
    // Wrapped to 80 columns, continuation lines under the text.
    constexpr qsizetype kWidth = 80;
    const QString indent(6, QLatin1Char(' '));
    QString text = Words::tr("Exit status:\n");
    for (int code : exitCodes()) {
        QString line = QStringLiteral("  %1  ").arg(code, 2);
        for (const QString& word : exitCodeMeaning(code).split(QLatin1Char(' '))) {
            if (displayWidth(line) + 1 + displayWidth(word) > kWidth &&
                line.size() > indent.size()) {
                text += line + QLatin1Char('\n');
                line = indent;
            }
            if (!line.endsWith(QLatin1Char(' ')))
                line += QLatin1Char(' ');
            line += word;
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString generalHelp()
{
    QString text = Words::tr("tpmvscmgr: TPM virtual smart cards (Linux counterpart of Windows' "
                             "tpmvscmgr).\n"
                             "\n"
                             "Usage: tpmvscmgr [GLOBAL OPTIONS] COMMAND [OPTIONS]\n"
                             "       tpmvscmgr COMMAND /?       help on one command\n"
                             "\n"
                             "Commands:\n");
    for (const CommandHelp& h : kCommands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(h.name), -11)
                    .arg(QCoreApplication::translate("tpmvscmgr", h.summary));
    }
    text +=
        Words::tr("\n"
                  "Options are written /name VALUE (Windows) or --name VALUE, --name=VALUE (GNU);\n"
                  "names and keywords are case-insensitive.\n"
                  "\n"
                  "Global options:\n"
                  "  --tcti CONF   the TPM to use (TCTI configuration, e.g. device:/dev/tpmrm0,\n"
                  "                swtpm:port=2321); default: $TPMVSC_TCTI, else the system TPM\n"
                  "  --simulator   a private software TPM kept in the store (no hardware needed;\n"
                  "                keys are NOT hardware-protected)\n"
                  "  /quiet, -q    print only what a script needs\n"
                  "  /machine HOST run the command on HOST over ssh (create, destroy, list,\n"
                  "                status and the other commands without local files): ssh\n"
                  "                runs HOST's tpmvscmgr with the same arguments, quoted for its\n"
                  "                shell; ssh is $TPMVSC_SSH or ssh, with your ssh configuration.\n"
                  "                Secrets go through ssh's standard input, never its arguments:\n"
                  "                piped, as they are; on a terminal, HOST's tpmvscmgr asks them\n"
                  "                (ssh -t). The exit status is HOST's; 14 when HOST cannot be\n"
                  "                reached or has no tpmvscmgr.\n"
                  "  --lang CODE   the language of messages: de, en or ja (default: the\n"
                  "                system's, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)\n"
                  "  /?, -h, --help, --version\n"
                  "\n"
                  "Secrets (PIN, PUK, admin key, response) are never taken from the command\n"
                  "line. On a terminal they are typed without echo; otherwise each is one line\n"
                  "of standard input, in the order each command's help lists.\n"
                  "\n"
                  "/json (list, status, keys, certs, templates, create) prints one JSON\n"
                  "document instead of the text, its keys and values the same in every\n"
                  "language (schema: doc/json.md); on an error stdout stays empty.\n"
                  "\n");
    text += exitCodeHelp();
    text += Words::tr("\nSee also: man tpmvscmgr\n");
    return text;
}

QString commandHelp(const QString& command)
{
    const CommandHelp* h = findHelp(command);
    if (!h)
        return generalHelp();
    return QCoreApplication::translate("tpmvscmgr", h->text) +
           Words::tr("\nGlobal options: --tcti CONF, --simulator, /quiet, --lang CODE, /machine "
                     "HOST. Exit codes: tpmvscmgr /?\n");
}

QString versionText()
{
    return QStringLiteral("tpmvscmgr %1\n").arg(QLatin1String(TPMVSC_VERSION));
}

} // namespace tpmvsc::cli
