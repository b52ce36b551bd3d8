// A card's guard: what the TPM itself holds so that it, not a file, decides who may use
// the card. Per card, under the owner hierarchy:
//
//   PIN index P   NV index of type PIN_FAIL, NO_DA, authValue = f(PIN); the TPM counts
//                 each failed use and refuses even the right PIN at pinLimit (= tries)
//   PUK index K   the same for the PUK (cards with a PUK)
//   counter C     NV counter, stepped once per admin attempt (cards with admin resets)
//   sealed S      the card secret; its policy is PolicySecret(P): only a PIN that the
//                 TPM accepted unseals it
//   witness W     proof object whose authValue is the card secret
//   proof A_i     proof object per admin challenge, authValue = f(expected response i)
//   keys          authValue = the card secret
//
// P's authPolicy is one of (PolicyOR, a tree of them), each authority's branch ending in
// PolicyCommandCode NV_ChangeAuth (a new PIN; the ADMIN role demands the command code) or
// NV_Write (pinCount back to 0):
//   PolicySecret(W)                            whoever holds the card secret (opened
//                                              with the PIN)
//   PolicySecret(K)                            the PUK: the same, never the card secret
//   PolicyNV(C == base + 2i + 1) PolicySecret(A_i)  admin response i, once
//   PolicyCommandCode(NV_Read)                 anyone may read the count (not secret)
// K's authPolicy has the W branches and the reading one. C's authPolicy is
// PolicySecret(W), never satisfied (C is read and stepped with its empty authValue): it
// only makes C's Name this card's alone.
//
// Why this holds against someone with the user's rights, every file of the card (old
// copies too) and empty owner and lockout authorizations:
// - Guessing: a wrong PIN fails PolicySecret on P, which P counts; NO_DA keeps the TPM's
//   global lockout out of it, so clearing that lockout gains nothing, and one card's
//   wrong PINs lock no one else out. No file holds a counter that matters.
// - Old PINs: the PIN exists only as P's authValue; NV_ChangeAuth replaces it in the TPM.
// - Remaking P: the owner may remove P and define an alike index with an authValue of
//   their own, but a Name covers TPMA_NV_WRITTEN, and writing needs P's policy (the card
//   secret, the PUK or an admin response). Unwritten, it has another Name, and S's policy
//   never matches it.
// - Admin responses: an attempt at challenge i steps C to base + 2i + 1 (claimed), the
//   only value at which branch i holds, and steps it again when done (closed), right or
//   wrong; an attempt cut short is closed by the next one. A counter never goes back,
//   not even one removed and made anew (it starts at the highest count the TPM has
//   seen): a used challenge is dead, files or not.
// - No silent bypass: the PUK and the admin responses authorize P only; S opens through
//   P alone, so whoever uses them has changed the PIN, and the owner notices.
#pragma once

#include "core/store/CardRecord.h"
#include "core/tpm/PolicyDigest.h"
#include "core/tpm/TpmWire.h"
#include "core/util/Secret.h"

#include <functional>
#include <optional>
#include <tss2/tss2_esys.h>

namespace tpmvsc {

class Tpm;

// The storage primary and salted session of one card operation.
struct GuardTpm {
    Tpm& tpm;
    ESYS_TR primary;
    ESYS_TR session;
};

// Who authorizes a change of the PIN index: the card secret (the old PIN opened it), the
// PUK, or the admin response to challenge `adminIndex` (claimed beforehand).
struct GuardAuthority {
    enum class Kind { CardSecret, Puk, Admin } kind = Kind::CardSecret;
    const Secret* value = nullptr; // the card secret, or the PUK's / response's authValue
    int adminIndex = -1;

    static GuardAuthority cardSecret(const Secret& s) { return {Kind::CardSecret, &s, -1}; }
    static GuardAuthority puk(const Secret& auth) { return {Kind::Puk, &auth, -1}; }
    static GuardAuthority admin(int index, const Secret& auth)
    {
        return {Kind::Admin, &auth, index};
    }
};

// Makes the guard of a card: the proof objects (W, each A_i from `adminAuthValues`, in
// the order of card.adminChallenges), the NV indices, their first count, and S.
// `persist` saves the card (state Creating) before each NV index is defined, so that a
// crash leaves a file naming what to remove (removeGuard). Leaves card.state Creating:
// the caller saves the finished card as Ready.
void buildGuard(GuardTpm& t, CardRecord& card, const Secret& cardSecret, const Secret& pinAuth,
                const Secret* pukAuth, const QList<Secret>& adminAuthValues,
                const Secret& ownerAuth, const std::function<void()>& persist);

// The card secret, if the TPM accepts the PIN. A wrong PIN throws AuthFailed (counted by
// the TPM); a blocked index fails too: readPinTriesLeft tells which. Needs only the
// storage key: the login's sessions are its own (tpm/PolicySecretUnseal.h), the salted
// one kept and returned in `keptSession` when asked for.
Secret unlockGuard(Tpm& tpm, ESYS_TR storageKey, const CardRecord& card, const Secret& pinAuth,
                   wire::LoadedHandle* keptSession = nullptr);
// Tries left as the TPM counts them (one NV_Read anyone may do).
int readPinTriesLeft(GuardTpm& t, const CardRecord& card);
int readPukTriesLeft(GuardTpm& t, const CardRecord& card);

// A new PIN (NV_ChangeAuth, the value encrypted on the way) and/or a reset count
// (NV_Write: pinCount 0, pinLimit = card.pinMaxTries).
void setGuardPin(GuardTpm& t, const CardRecord& card, const GuardAuthority& by,
                 const Secret* newPinAuth, bool resetCount);
// The PUK's count reset, by the card secret.
void resetGuardPuk(GuardTpm& t, const CardRecord& card, const Secret& cardSecret);
// Checks the PUK (a wrong one counts in K) without changing anything.
void proveGuardPuk(GuardTpm& t, const CardRecord& card, const Secret& pukAuth);

// Which challenge of the stock the TPM's counter says is next (may be past the stock).
int adminNextIndex(GuardTpm& t, const CardRecord& card);
// Uses challenge `index` up, before its response is tried: NotFound if it is not the
// next one (already used, or the file is older than the TPM's counter).
void claimAdminChallenge(GuardTpm& t, const CardRecord& card, int index);
// Ends the claimed challenge's time: its branch is dead from here on.
void closeAdminChallenge(GuardTpm& t, const CardRecord& card);
// Checks the response to the claimed challenge `index` without changing the PIN.
void proveAdminResponse(GuardTpm& t, const CardRecord& card, int index, const Secret& responseAuth);

// Removes the card's NV indices that still exist and are the card's (same Name, written
// or not); an index someone else now holds under the same handle is left alone.
// `removed` (optional) counts the indices removed, also when a later one fails.
void removeGuard(GuardTpm& t, const CardGuardRecord& guard, const Secret& ownerAuth,
                 int* removed = nullptr);

} // namespace tpmvsc
