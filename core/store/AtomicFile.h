// File-system primitives of the card store (security properties 5 and 7): atomic
// replacement of a file, and folders only their owner can enter. Kept apart from the
// card format so each can be reasoned about (and tested) on its own.
#pragma once

#include "core/util/Sentence.h"

#include <QByteArray>
#include <QString>
#include <sys/types.h>

namespace tpmvsc {

// Replaces `path` with `bytes` so that a crash at any point leaves either the old file
// or the new one: a temp file in the same folder (O_CREAT|O_EXCL, mode 0600), every
// byte written, fsync, rename over `path`, fsync of the folder. On any failure the temp
// file is removed and Error(StoreIo) says which step failed and why (strerror).
void writeFileAtomically(const QString& path, const QByteArray& bytes);

// fsync of a folder, so a rename or unlink in it survives a crash. Throws StoreIo.
void syncDirectory(const QString& dir);

// Makes sure `path` is a folder only the effective user can use: creates it (and any
// missing parent, as the XDG spec asks) with mode 0700, then checks it like
// checkPrivateDirectory(). Throws StoreIo or StoreInsecure.
void ensurePrivateDirectory(const QString& path);

// False when `path` does not exist. Otherwise checks that it is a folder owned by the
// effective user with no group/other permission bits, and throws StoreInsecure (with the
// chmod/chown that fixes it) or StoreIo when it is not.
bool checkPrivateDirectory(const QString& path);

// strerror() text for an errno value, thread-safe.
QString systemErrorText(int error);

// "alice (uid 1000)", or "uid 1000" when the account has no name. For messages.
Sentence describeUser(uid_t uid);

// "0644": a permission mode as chmod takes it. For messages.
QString describeMode(mode_t mode);

} // namespace tpmvsc
