// A TCTI that forwards to another and counts the commands sent. It sits between ESYS
// and the real TCTI so tests and benchmarks can say what an operation costs in TPM
// commands, on any TPM, without a packet capture.
#pragma once

#include <tss2/tss2_tcti.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace tpmvsc {

class CountingTcti
{
public:
    explicit CountingTcti(TSS2_TCTI_CONTEXT* inner); // does not take ownership
    TSS2_TCTI_CONTEXT* context();
    std::uint64_t commands() const { return m_commands.load(); }
    // Called before each command is sent, with its 1-based number. Tests use it to kill
    // the TPM in the middle of an operation, at every step in turn.
    void setBeforeTransmit(std::function<void(std::uint64_t)> hook) { m_hook = std::move(hook); }
    // Called with each response as received, before the caller sees it. Tests use it to
    // play a tampered or corrupted response to the code that checks responses.
    using ResponseHook = std::function<void(uint8_t* response, size_t size)>;
    void setAfterReceive(ResponseHook hook) { m_responseHook = std::move(hook); }
    // Called with each command's number; when it returns bytes, the command is not sent
    // and those bytes are its response. Tests play a TPM's TPM_RC_RETRY with it.
    // Called with each command's bytes as they are sent. Tests read the wire with it (no
    // secret may cross it in the clear).
    using CommandHook = std::function<void(const uint8_t* command, size_t size)>;
    void setOnTransmit(CommandHook hook) { m_commandHook = std::move(hook); }
    using StandIn = std::function<std::optional<std::vector<uint8_t>>(std::uint64_t number)>;
    void setStandIn(StandIn standIn) { m_standIn = std::move(standIn); }

private:
    // What ESYS sees as the TCTI context: the function table, then the way back to us.
    struct Shim {
        TSS2_TCTI_CONTEXT_COMMON_V2 common;
        CountingTcti* owner;
    };
    Shim m_shim{};
    TSS2_TCTI_CONTEXT* m_inner;
    std::atomic<std::uint64_t> m_commands{0};
    std::function<void(std::uint64_t)> m_hook;
    ResponseHook m_responseHook;
    CommandHook m_commandHook;
    StandIn m_standIn;
    std::optional<std::vector<uint8_t>> m_standInResponse; // the one to receive next

    static CountingTcti* self(TSS2_TCTI_CONTEXT* ctx);
    static TSS2_TCTI_CONTEXT_COMMON_V2* common(TSS2_TCTI_CONTEXT* ctx);
    static TSS2_RC transmit(TSS2_TCTI_CONTEXT* ctx, size_t size, const uint8_t* command);
    static TSS2_RC receive(TSS2_TCTI_CONTEXT* ctx, size_t* size, uint8_t* response,
                           int32_t timeout);
    static void finalize(TSS2_TCTI_CONTEXT* ctx);
    static TSS2_RC cancel(TSS2_TCTI_CONTEXT* ctx);
    static TSS2_RC getPollHandles(TSS2_TCTI_CONTEXT* ctx, TSS2_TCTI_POLL_HANDLE* handles,
                                  size_t* count);
    static TSS2_RC setLocality(TSS2_TCTI_CONTEXT* ctx, uint8_t locality);
    static TSS2_RC makeSticky(TSS2_TCTI_CONTEXT* ctx, TPM2_HANDLE* handle, uint8_t sticky);
};

} // namespace tpmvsc
