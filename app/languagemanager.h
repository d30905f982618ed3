#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace Peakend {

// Installs Peakend's and Qt's own translations for the chosen language. The choice is
// kept in QSettings ("" follows the system locale); changing it sends LanguageChange to
// every widget, which retranslates itself.
class LanguageManager
{
    Q_DECLARE_TR_FUNCTIONS(LanguageManager)

public:
    static QStringList languages(); // "en", "zh_CN", "zh_TW"
    static QString nativeName(const QString &language);

    // language: one of languages(), or empty for the system locale.
    void apply(const QString &language);
    // Applies and remembers the choice.
    void choose(const QString &language);
    QString chosen() const;

private:
    void useChineseFace(const QLocale &locale);

    QString m_baseFamily;
    QTranslator m_peakend;
    QTranslator m_qt;
};

} // namespace Peakend
