// The authValues the TPM checks, derived from what people type. They exist only in
// memory: the store never holds them, nor a hash of them. The card ID salts each, so
// the same PIN on two cards gives unrelated values.
#pragma once

#include "core/util/Secret.h"

#include <QByteArray>

namespace tpmvsc {

constexpr std::size_t kCardSecretSize = 32;

Secret pinAuthValue(const QByteArray& cardId, const Secret& pin);
Secret pukAuthValue(const QByteArray& cardId, const Secret& puk);
Secret adminAuthValue(const QByteArray& cardId, const QByteArray& challenge,
                      const Secret& response);

} // namespace tpmvsc
