// A sentence that core hands up unsaid: its English source, marked for Qt Linguist, and
// the values it names. Core decides what happened and which facts to name; the face that
// shows it says it in the user's language, through the translator that face installed
// (the GUI's language, tpmvscmgr's --lang or locale). english() is the same sentence in
// the source language, for logs and tests.
//
// lupdate finds these as it finds QCoreApplication::translate (the build passes
// -tr-function-alias translate+=Sentence): Sentence("Context", "Source %1") and, for
// plurals, Sentence("Context", "%n tries left", nullptr, n). A value is literal (a file,
// a card number, a count: never translated) or a sentence of its own (the particular
// damage in a damaged file), said in turn.
#pragma once

#include <QList>
#include <QString>
#include <type_traits>

namespace tpmvsc {

class Sentence
{
public:
    Sentence() = default;
    // `context` and `source` must be string literals: they are kept as pointers.
    Sentence(const char* context, const char* source, const char* disambiguation = nullptr,
             int n = -1)
        : m_context(context), m_source(source), m_disambiguation(disambiguation), m_n(n)
    {}
    // Said as it is, in every language: a name, or a technical account (an OpenSSL
    // reason, a test's message) that has no translation.
    static Sentence literal(const QString& text);
    // Several sentences said one after the other, space-separated (each problem of a
    // policy at once, say).
    static Sentence joined(const QList<Sentence>& sentences);

    // The values, in the order of their placeholders (%1, %2, ...), as QString::arg.
    Sentence arg(const QString& value) const;
    Sentence arg(QLatin1StringView value) const { return arg(QString(value)); }
    template <typename A, typename B, typename... More>
    requires(!std::is_arithmetic_v<A>) Sentence arg(const A& a, const B& b, const More&... more)
    const
    {
        Sentence s = arg(a).arg(b);
        ((s = s.arg(more)), ...);
        return s;
    }
    Sentence arg(const Sentence& value) const;
    template <typename T, std::enable_if_t<std::is_integral_v<T>, bool> = true>
    Sentence arg(T value) const
    {
        return arg(QString::number(value));
    }
    // A number with a field width, base and fill, as QString::arg(value, width, base, fill).
    Sentence arg(qint64 value, int fieldWidth, int base, QChar fill) const;
    // A floating-point number, as QString::arg(value, width, format, precision).
    Sentence arg(double value, int fieldWidth, char format, int precision) const;

    bool isEmpty() const { return !m_source && m_literal.isEmpty() && m_args.isEmpty(); }
    QString english() const;
    // In the language of the translators installed into the application.
    QString said() const;

private:
    template <typename Translate> QString render(Translate translate) const;

    const char* m_context = nullptr;
    const char* m_source = nullptr; // null: a literal
    const char* m_disambiguation = nullptr;
    int m_n = -1;
    QString m_literal;
    QList<Sentence> m_args; // the values; or, when joined, the sentences
    bool m_joined = false;
};

} // namespace tpmvsc
