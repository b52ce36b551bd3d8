#include "Sentence.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

namespace tpmvsc {

namespace {

// The placeholders %1..%99 of `text`, each number once, in ascending order.
QList<int> placeholderNumbers(const QString& text)
{
    QList<int> numbers;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'%' || !text.at(i + 1).isDigit())
            continue;
        int number = text.at(i + 1).digitValue();
        if (i + 2 < text.size() && text.at(i + 2).isDigit())
            number = number * 10 + text.at(i + 2).digitValue();
        if (number > 0 && !numbers.contains(number))
            numbers << number;
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

// One pass, as QString::arg with several values: the lowest placeholder takes the first
// value, the next the second; a value that itself contains "%2" is not substituted again.
QString substitute(const QString& text, const QStringList& values)
{
    const QList<int> numbers = placeholderNumbers(text);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            int number = text.at(i + 1).digitValue();
            qsizetype width = 2;
            if (i + 2 < text.size() && text.at(i + 2).isDigit()) {
                number = number * 10 + text.at(i + 2).digitValue();
                width = 3;
            }
            const qsizetype slot = numbers.indexOf(number);
            if (slot >= 0 && slot < values.size()) {
                out += values.at(slot);
                i += width - 1;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace

Sentence Sentence::literal(const QString& text)
{
    Sentence s;
    s.m_literal = text;
    return s;
}

Sentence Sentence::joined(const QList<Sentence>& sentences)
{
    Sentence s;
    s.m_args = sentences;
    s.m_joined = true;
    return s;
}

Sentence Sentence::arg(const QString& value) const
{
    return arg(literal(value));
}

Sentence Sentence::arg(const Sentence& value) const
{
    Sentence s = *this;
    s.m_args << value;
    return s;
}

Sentence Sentence::arg(qint64 value, int fieldWidth, int base, QChar fill) const
{
    return arg(QStringLiteral("%1").arg(value, fieldWidth, base, fill));
}

Sentence Sentence::arg(double value, int fieldWidth, char format, int precision) const
{
    return arg(QStringLiteral("%1").arg(value, fieldWidth, format, precision));
}

template <typename Translate> QString Sentence::render(Translate translate) const
{
    QStringList values;
    values.reserve(m_args.size());
    for (const Sentence& a : m_args)
        values << a.render(translate);
    if (m_joined)
        return values.join(QLatin1Char(' '));
    if (!m_source)
        return m_literal;
    return substitute(translate(*this), values);
}

QString Sentence::english() const
{
    return render([](const Sentence& s) {
        QString text = QString::fromUtf8(s.m_source);
        if (s.m_n >= 0)
            text.replace(QLatin1String("%n"), QString::number(s.m_n));
        return text;
    });
}

QString Sentence::said() const
{
    return render([](const Sentence& s) {
        return QCoreApplication::translate(s.m_context, s.m_source, s.m_disambiguation, s.m_n);
    });
}

} // namespace tpmvsc
