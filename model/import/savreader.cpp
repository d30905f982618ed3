#include "savreader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <cmath>
#include <readstat.h>

namespace Peakend {

namespace {

constexpr size_t queueLength = 512; // rows waiting for the importer

// SPSS counts time in seconds from the start of the Gregorian calendar, 14 October 1582.
QString spssDate(double seconds, bool withTime)
{
    const QDateTime start(QDate(1582, 10, 14), QTime(0, 0), Qt::UTC);
    const QDateTime when = start.addSecs(qint64(std::llround(seconds)));
    return withTime ? when.toString(Qt::ISODate).chopped(1) // no "Z": SPSS has no time zone
                    : when.date().toString(Qt::ISODate);
}

} // namespace

// What the callbacks need: the reader, the row being filled and the variables' formats.
struct SavReader::Parse
{
    SavReader *reader = nullptr;
    int variables = 0;
    QStringList names;
    QStringList labels;
    QList<int> dateKinds;                        // 0: a number, 1: a date, 2: a date and time
    QStringList labelSets;                       // per variable: the name of its value labels
    QHash<QString, QMap<QString, QString>> sets; // value labels by set name
    QStringList row;

    // Hands a row to the importer, waiting while the queue is full; false when stopped.
    bool push(QStringList &&fields)
    {
        std::unique_lock lock(reader->m_mutex);
        reader->m_changed.wait(
            lock, [this] { return reader->m_stop || reader->m_queue.size() < queueLength; });
        if (reader->m_stop)
            return false;
        reader->m_queue.push_back(std::move(fields));
        reader->m_changed.notify_all();
        return true;
    }

    static int metadata(readstat_metadata_t *metadata, void *context)
    {
        auto *parse = static_cast<Parse *>(context);
        parse->variables = readstat_get_var_count(metadata);
        const char *encoding = readstat_get_file_encoding(metadata);
        std::lock_guard lock(parse->reader->m_mutex);
        parse->reader->m_encoding = encoding ? QString::fromLatin1(encoding) : QString();
        return READSTAT_HANDLER_OK;
    }

    // Variables, then value labels, come before the first value: the header is complete.
    bool publishHeader()
    {
        if (!push(QStringList(names)) || !push(QStringList(labels)))
            return false;
        QList<QMap<QString, QString>> valueLabels;
        for (const QString &set : std::as_const(labelSets))
            valueLabels.append(sets.value(set));
        std::lock_guard lock(reader->m_mutex);
        reader->m_valueLabels = valueLabels;
        reader->m_headerReady = true;
        reader->m_changed.notify_all();
        return true;
    }

    static QString text(readstat_value_t value, int dateKind)
    {
        if (readstat_value_type(value) == READSTAT_TYPE_STRING) {
            const char *string = readstat_string_value(value);
            return QString::fromUtf8(string ? string : "");
        }
        const double number = readstat_double_value(value);
        return dateKind ? spssDate(number, dateKind == 2)
                        : QString::number(number, 'g', QLocale::FloatingPointShortest);
    }

    static int valueLabel(const char *set, readstat_value_t value, const char *label, void *context)
    {
        auto *parse = static_cast<Parse *>(context);
        parse->sets[QString::fromUtf8(set)].insert(text(value, 0),
                                                   QString::fromUtf8(label ? label : ""));
        return READSTAT_HANDLER_OK;
    }

    static int variable(int, readstat_variable_t *variable, const char *labelSet, void *context)
    {
        auto *parse = static_cast<Parse *>(context);
        const char *name = readstat_variable_get_name(variable);
        const char *label = readstat_variable_get_label(variable);
        const QString format
            = QString::fromLatin1(readstat_variable_get_format(variable)).toUpper();
        parse->names.append(QString::fromUtf8(name ? name : ""));
        parse->labels.append(QString::fromUtf8(label ? label : ""));
        parse->dateKinds.append(format.startsWith(QLatin1String("DATETIME")) ? 2
                                : format.contains(QLatin1String("DATE"))     ? 1
                                                                             : 0);
        parse->labelSets.append(QString::fromUtf8(labelSet ? labelSet : ""));
        return READSTAT_HANDLER_OK;
    }

    static int value(int, readstat_variable_t *variable, readstat_value_t value, void *context)
    {
        auto *parse = static_cast<Parse *>(context);
        if (!parse->reader->m_headerReady && !parse->publishHeader())
            return READSTAT_HANDLER_ABORT;
        const int index = readstat_variable_get_index(variable);
        const bool missing = readstat_value_is_system_missing(value)
                             || readstat_value_is_defined_missing(value, variable);
        while (parse->row.size() < index)
            parse->row.append(QString());
        parse->row.append(missing ? QString() : text(value, parse->dateKinds.value(index)));
        if (index + 1 == parse->variables) {
            if (!parse->push(std::move(parse->row)))
                return READSTAT_HANDLER_ABORT;
            parse->row = QStringList();
        }
        return READSTAT_HANDLER_OK;
    }

    static int progress(double done, void *context)
    {
        auto *parse = static_cast<Parse *>(context);
        std::lock_guard lock(parse->reader->m_mutex);
        parse->reader->m_progress = done;
        return parse->reader->m_stop ? READSTAT_HANDLER_ABORT : READSTAT_HANDLER_OK;
    }
};

SavReader::SavReader(const QString &path) : m_path(path) {}

SavReader::~SavReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

bool SavReader::looksLikeSav(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = file.read(4);
    return magic == "$FL2" || magic == "$FL3";
}

bool SavReader::open()
{
    m_size = QFileInfo(m_path).size();
    m_thread = std::thread([this] { parse(); });
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_headerReady || m_finished; });
    return m_error.isEmpty() && m_headerReady;
}

void SavReader::parse()
{
    Parse context;
    context.reader = this;
    readstat_parser_t *parser = readstat_parser_init();
    readstat_set_metadata_handler(parser, &Parse::metadata);
    readstat_set_variable_handler(parser, &Parse::variable);
    readstat_set_value_handler(parser, &Parse::value);
    readstat_set_value_label_handler(parser, &Parse::valueLabel);
    readstat_set_progress_handler(parser, &Parse::progress);
    readstat_set_handler_character_encoding(parser, "UTF-8");
    const readstat_error_t error
        = readstat_parse_sav(parser, QFile::encodeName(m_path).constData(), &context);
    readstat_parser_free(parser);
    if (error == READSTAT_OK && !m_headerReady && context.variables > 0)
        context.publishHeader(); // a file with no cases
    std::lock_guard lock(m_mutex);
    if (error != READSTAT_OK && !m_stop) {
        m_error = tr("%1: not a readable SPSS data file (%2).")
                      .arg(QFileInfo(m_path).fileName(),
                           QString::fromUtf8(readstat_error_message(error)));
    } else if (!m_headerReady && !m_stop) {
        m_error = tr("%1: the SPSS data file has no variables.").arg(QFileInfo(m_path).fileName());
    }
    m_finished = true;
    m_changed.notify_all();
}

bool SavReader::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
    if (m_queue.empty() || !m_error.isEmpty())
        return false;
    m_fields = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    ++m_record;
    return true;
}

qint64 SavReader::position() const
{
    std::lock_guard lock(m_mutex);
    return qint64(m_progress * double(m_size));
}

QMap<QString, QString> SavReader::valueLabels(int column) const
{
    std::lock_guard lock(m_mutex);
    return m_valueLabels.value(column);
}

QString SavReader::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

} // namespace Peakend
