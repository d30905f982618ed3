#include "csvreader.h"

#include "textencoding.h"

#include <QIODevice>

namespace Peakend {

namespace {

constexpr qint64 chunkSize = 1 << 20;
constexpr qint64 sampleSize = 64 * 1024;
const QChar quote = QLatin1Char('"');

} // namespace

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device), m_options(options)
{}

bool CsvReader::open()
{
    m_pending = m_device->read(sampleSize);
    m_bytesRead = m_pending.size();
    TextEncoding::Detection detection;
    if (m_options.encoding.isEmpty()) {
        detection = TextEncoding::detect(m_pending);
    } else {
        detection.name = m_options.encoding;
        const QByteArray bom = m_pending.left(3);
        if (bom.startsWith("\xEF\xBB\xBF")
            && detection.name.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0)
            detection.bomLength = 3;
    }
    m_encoding = detection.name;
    m_decoder = QStringDecoder(m_encoding.toLatin1().constData());
    if (!m_decoder.isValid()) {
        m_error = tr("The text encoding “%1” is not known.").arg(m_encoding);
        return false;
    }
    m_pending.remove(0, detection.bomLength);
    m_delimiter = m_options.delimiter;
    if (m_delimiter.isNull()) {
        QStringDecoder sampleDecoder(m_encoding.toLatin1().constData());
        m_delimiter = detectDelimiter(QString(sampleDecoder.decode(m_pending)));
    }
    return true;
}

bool CsvReader::fill()
{
    if (m_pending.isEmpty()) {
        m_pending.resize(chunkSize); // the memory of the chunk before
        m_pending.resize(qMax(m_device->read(m_pending.data(), chunkSize), qint64(0)));
        m_bytesRead += m_pending.size();
    }
    if (m_pending.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    // Decoded straight into the buffer, which keeps its memory from chunk to chunk.
    m_buffer.remove(0, m_position);
    m_position = 0;
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + m_decoder.requiredSpace(m_pending.size()));
    const QChar *end = m_decoder.appendToBuffer(m_buffer.data() + kept, m_pending);
    m_buffer.truncate(end - m_buffer.constData());
    m_pending.resize(0);
    m_sawReplacement = m_sawReplacement
                       || QStringView(m_buffer).sliced(kept).contains(QChar::ReplacementCharacter);
    return true;
}

bool CsvReader::next()
{
    m_record.resize(0); // unlike clear(), keeps the capacity for the next record
    m_ends.resize(0);
    if (!m_error.isEmpty())
        return false;
    enum State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = FieldStart;
    bool started = false;
    qint64 quoteLine = 0;
    for (;;) {
        if (m_position >= m_buffer.size() && !fill()) {
            if (state == Quoted) {
                m_error
                    = tr("A quoted field that starts on line %1 is never closed.").arg(quoteLine);
                return false;
            }
            if (!started)
                return false;
            m_ends.append(int(m_record.size()));
            ++m_recordNumber;
            return true;
        }
        const QChar *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        while (m_position < size) {
            const QChar c = data[m_position++];
            if (m_skipLineFeed) {
                m_skipLineFeed = false;
                if (c == QLatin1Char('\n'))
                    continue;
            }
            if (!started) {
                started = true;
                m_recordLine = m_line;
            }
            switch (state) {
            case Quoted:
                if (c == quote) {
                    state = QuoteInQuoted;
                } else {
                    // The run up to the next quote goes in at once.
                    qsizetype end = m_position - 1;
                    while (end < size && data[end] != quote) {
                        m_line += data[end] == QLatin1Char('\n');
                        ++end;
                    }
                    m_record.append(data + m_position - 1, end - m_position + 1);
                    m_position = end;
                }
                continue;
            case QuoteInQuoted:
                if (c == quote) { // "" inside quotes
                    m_record.append(c);
                    state = Quoted;
                    continue;
                }
                state = Unquoted; // what follows the closing quote is taken as it is
                break;
            case FieldStart:
                if (c == quote) {
                    state = Quoted;
                    quoteLine = m_line;
                    continue;
                }
                state = Unquoted;
                break;
            case Unquoted:
                break;
            }
            if (c == m_delimiter) {
                m_ends.append(int(m_record.size()));
                state = FieldStart;
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                m_skipLineFeed = c == QLatin1Char('\r');
                ++m_line;
                m_ends.append(int(m_record.size()));
                ++m_recordNumber;
                return true;
            } else {
                // An unquoted run ends at a delimiter or a line break.
                qsizetype end = m_position;
                while (end < size && data[end] != m_delimiter && data[end] != QLatin1Char('\n')
                       && data[end] != QLatin1Char('\r')) {
                    ++end;
                }
                m_record.append(data + m_position - 1, end - m_position + 1);
                m_position = end;
            }
        }
    }
}

QStringView CsvReader::field(int i) const
{
    const int start = i == 0 ? 0 : m_ends.at(i - 1);
    return QStringView(m_record).mid(start, m_ends.at(i) - start);
}

qint64 CsvReader::size() const
{
    return m_device->size();
}

bool CsvReader::isUndecodable(int i) const
{
    // Only files where the decoder had to replace something are searched field by field.
    return m_sawReplacement && field(i).contains(QChar::ReplacementCharacter);
}

QChar CsvReader::detectDelimiter(QStringView sample)
{
    // The candidate that splits the first lines into the same number of fields, most fields
    // first; quoted text does not count.
    const QChar candidates[]
        = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    QChar best = QLatin1Char(',');
    int bestFields = 0;
    for (const QChar candidate : candidates) {
        QList<int> counts{0};
        bool quoted = false;
        for (const QChar c : sample) {
            if (c == quote) {
                quoted = !quoted;
            } else if (!quoted && c == candidate) {
                ++counts.last();
            } else if (!quoted && c == QLatin1Char('\n')) {
                if (counts.size() == 20)
                    break;
                counts.append(0);
            }
        }
        if (counts.size() > 1 && counts.last() == 0)
            counts.removeLast(); // a final line break, or a line cut by the sample's end
        if (counts.size() > 2)
            counts.removeLast();
        const int first = counts.first();
        const bool consistent = std::all_of(counts.cbegin(), counts.cend(),
                                            [first](int count) { return count == first; });
        if (first > 0 && consistent && first > bestFields) {
            best = candidate;
            bestFields = first;
        }
    }
    return best;
}

} // namespace Peakend
