#pragma once

#include "assembly/waveassembly.h"
#include "domain/cemcycle.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Peakend {

class ProjectRepository;

// Export Report: where the PDF goes, which CEM cycles it covers (all or one) and whether
// each table is also written as CSV into a folder beside it ("report-tables"). The report
// describes the wave and segment the window shows. A failure is shown in the dialog, which
// stays open; the folder and the CSV choice are remembered.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // assembly: the wave and segment the charts show. The arguments outlive the dialog.
    ReportDialog(const ProjectRepository &repository, const WaveAssembly &assembly,
                 QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    void setCycle(int number); // 0: all
    void setTablesWritten(bool written);
    // The folder the tables go to for this path: "report.pdf" → "report-tables".
    static QString tablesFolder(const QString &pdf);
    QString error() const; // the message shown after a failed export, for tests

    void accept() override;

private:
    void browse();
    void updateState();

    const ProjectRepository &m_repository;
    const WaveAssembly &m_assembly;
    QList<CemCycle> m_cycles;
    QLineEdit *m_path;
    QComboBox *m_cycle;
    QCheckBox *m_tables;
    QLabel *m_error;
    QPushButton *m_export = nullptr;
};

} // namespace Peakend
