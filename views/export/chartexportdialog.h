#pragma once

#include "chartexport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Peakend {

class Chart;

// Export Chart: where to (the suffix picks PNG, SVG or PDF), the size and resolution of an
// image or the page of a PDF. Export writes the file; a failure is shown in the dialog, which
// stays open with everything as typed. The choices are remembered for the next export.
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    // about: project name and source, written under the chart in a PDF.
    ChartExportDialog(const Chart *chart, const ChartExportOptions &about,
                      QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    ChartExportOptions options() const;
    QString error() const; // the message shown after a failed export, for tests

    void accept() override;

private:
    void browse();
    void updateFormat();
    void remember() const;

    const Chart *m_chart;
    ChartExportOptions m_about;
    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_resolution;
    QComboBox *m_page;
    QComboBox *m_orientation;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export = nullptr;
};

} // namespace Peakend
