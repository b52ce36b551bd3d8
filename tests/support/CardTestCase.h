// Base of the card integration tests: one swtpm for the test binary, and before each
// test function a fresh store and TPM connection; after each, the check that no
// transient object or session was left on the TPM. QTest runs inherited slots too.
#pragma once

#include "CardTestEnv.h"

#include <QObject>
#include <memory>

namespace tpmvsc::test {

class CardTestCase : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<SwtpmFixture> m_swtpm;
    std::unique_ptr<CardTestEnv> m_env;

private Q_SLOTS:
    void initTestCase() { m_swtpm = std::make_unique<SwtpmFixture>(); }
    void init() { m_env = std::make_unique<CardTestEnv>(*m_swtpm); }
    void cleanup()
    {
        if (m_env && m_env->tpm)
            TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        m_env.reset();
    }
};

} // namespace tpmvsc::test
