#include "CountingTcti.h"

#include <algorithm>
#include <cstddef>
#include <tss2/tss2_rc.h>

namespace tpmvsc {

namespace {
// Same magic as no real TCTI: ESYS only checks that the function pointers are set.
constexpr std::uint64_t kMagic = 0x7470'6d76'7363'0001ULL;
} // namespace

CountingTcti::CountingTcti(TSS2_TCTI_CONTEXT* inner) : m_inner(inner)
{
    static_assert(offsetof(Shim, common) == 0);
    m_shim.owner = this;
    TSS2_TCTI_CONTEXT_COMMON_V2& c = m_shim.common;
    c.v1.magic = kMagic;
    c.v1.version = 2;
    c.v1.transmit = &CountingTcti::transmit;
    c.v1.receive = &CountingTcti::receive;
    c.v1.finalize = &CountingTcti::finalize;
    c.v1.cancel = &CountingTcti::cancel;
    c.v1.getPollHandles = &CountingTcti::getPollHandles;
    c.v1.setLocality = &CountingTcti::setLocality;
    c.makeSticky = &CountingTcti::makeSticky;
}

TSS2_TCTI_CONTEXT* CountingTcti::context()
{
    return reinterpret_cast<TSS2_TCTI_CONTEXT*>(&m_shim);
}

CountingTcti* CountingTcti::self(TSS2_TCTI_CONTEXT* ctx)
{
    return reinterpret_cast<Shim*>(ctx)->owner;
}

TSS2_TCTI_CONTEXT_COMMON_V2* CountingTcti::common(TSS2_TCTI_CONTEXT* ctx)
{
    return reinterpret_cast<TSS2_TCTI_CONTEXT_COMMON_V2*>(ctx);
}

TSS2_RC CountingTcti::transmit(TSS2_TCTI_CONTEXT* ctx, size_t size, const uint8_t* command)
{
    CountingTcti* s = self(ctx);
    const std::uint64_t number = s->m_commands.fetch_add(1) + 1;
    if (s->m_hook)
        s->m_hook(number);
    if (s->m_commandHook)
        s->m_commandHook(command, size);
    if (s->m_standIn && (s->m_standInResponse = s->m_standIn(number)))
        return TSS2_RC_SUCCESS;
    return common(s->m_inner)->v1.transmit(s->m_inner, size, command);
}

TSS2_RC CountingTcti::receive(TSS2_TCTI_CONTEXT* ctx, size_t* size, uint8_t* response,
                              int32_t timeout)
{
    CountingTcti* s = self(ctx);
    if (std::optional<std::vector<uint8_t>>& standIn = s->m_standInResponse) {
        if (!response) { // the size query
            *size = standIn->size();
            return TSS2_RC_SUCCESS;
        }
        if (*size < standIn->size())
            return TSS2_TCTI_RC_INSUFFICIENT_BUFFER;
        std::copy(standIn->begin(), standIn->end(), response);
        *size = standIn->size();
        standIn.reset();
        return TSS2_RC_SUCCESS;
    }
    const TSS2_RC rc = common(s->m_inner)->v1.receive(s->m_inner, size, response, timeout);
    // A null buffer asks only for the size (TCTI spec): there is nothing to rewrite yet.
    if (rc == TSS2_RC_SUCCESS && response && s->m_responseHook)
        s->m_responseHook(response, *size);
    return rc;
}

void CountingTcti::finalize(TSS2_TCTI_CONTEXT*)
{
    // The owner finalizes the inner TCTI; nothing of ours to release.
}

TSS2_RC CountingTcti::cancel(TSS2_TCTI_CONTEXT* ctx)
{
    CountingTcti* s = self(ctx);
    auto fn = common(s->m_inner)->v1.cancel;
    return fn ? fn(s->m_inner) : TSS2_TCTI_RC_NOT_IMPLEMENTED;
}

TSS2_RC CountingTcti::getPollHandles(TSS2_TCTI_CONTEXT* ctx, TSS2_TCTI_POLL_HANDLE* handles,
                                     size_t* count)
{
    CountingTcti* s = self(ctx);
    auto fn = common(s->m_inner)->v1.getPollHandles;
    return fn ? fn(s->m_inner, handles, count) : TSS2_TCTI_RC_NOT_IMPLEMENTED;
}

TSS2_RC CountingTcti::setLocality(TSS2_TCTI_CONTEXT* ctx, uint8_t locality)
{
    CountingTcti* s = self(ctx);
    auto fn = common(s->m_inner)->v1.setLocality;
    return fn ? fn(s->m_inner, locality) : TSS2_TCTI_RC_NOT_IMPLEMENTED;
}

TSS2_RC CountingTcti::makeSticky(TSS2_TCTI_CONTEXT* ctx, TPM2_HANDLE* handle, uint8_t sticky)
{
    CountingTcti* s = self(ctx);
    if (common(s->m_inner)->v1.version < 2)
        return TSS2_TCTI_RC_NOT_IMPLEMENTED;
    auto fn = common(s->m_inner)->makeSticky;
    return fn ? fn(s->m_inner, handle, sticky) : TSS2_TCTI_RC_NOT_IMPLEMENTED;
}

} // namespace tpmvsc
