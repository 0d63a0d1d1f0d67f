import { Card, CardContent, Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLocale } from '../components/useLocale.ts';
import { Figure } from '../dashboard/ChartCard.tsx';
import { formatNumber } from '../units.ts';
import type { TransparencyReport } from './reportTypes.ts';

interface Section {
  id: 'notices' | 'actions' | 'complaints' | 'other';
  figures: { id: string; value: number | null; hours?: boolean }[];
}

function sections(r: TransparencyReport): Section[] {
  return [
    {
      id: 'notices',
      figures: [
        { id: 'notices_total', value: r.notices.total },
        { id: 'from_trusted_flaggers', value: r.notices.fromTrustedFlaggers },
        { id: 'complete', value: r.notices.complete },
        { id: 'threat_to_life', value: r.notices.withThreatToLife },
        { id: 'manifestly_unfounded', value: r.notices.manifestlyUnfounded },
      ],
    },
    {
      id: 'actions',
      figures: [
        { id: 'decisions', value: r.actions.total },
        { id: 'law', value: r.actions.law },
        { id: 'terms', value: r.actions.terms },
        { id: 'automated_detection', value: r.actions.automatedDetection },
        { id: 'automated_decision', value: r.actions.automatedDecision },
        { id: 'median_to_act', value: r.actions.medianHoursToAct, hours: true },
      ],
    },
    {
      id: 'complaints',
      figures: [
        { id: 'complaints_total', value: r.complaints.total },
        { id: 'open', value: r.complaints.open },
        { id: 'upheld', value: r.complaints.upheld },
        { id: 'rejected', value: r.complaints.rejected },
        { id: 'reversed', value: r.complaints.reversed },
        { id: 'median_to_decide', value: r.complaints.medianHoursToDecide, hours: true },
      ],
    },
    {
      id: 'other',
      figures: [
        { id: 'statements', value: r.statements.total },
        { id: 'escalations', value: r.escalations },
        { id: 'warnings', value: r.misuse.warnings },
        { id: 'suspended_authors', value: r.misuse.suspensions.authors },
        { id: 'suspended_notifiers', value: r.misuse.suspensions.notifiers },
      ],
    },
  ];
}

/** The report's figures by section (Art. 15(1)(b) notices, actions law vs terms and automation, (d) complaints; Art. 18, 23). */
export const ReportFigures = ({ report }: { report: TransparencyReport }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const show = (value: number | null, hours?: boolean) => {
    if (value == null) return '—';
    const n = formatNumber(value, locale, 1);
    return hours ? translate('dsa_transparency.hours', { n }) : n;
  };
  return (
    <Grid container spacing={2}>
      {sections(report).map((section) => (
        <Grid key={section.id} size={{ xs: 12, md: 6 }}>
          <Card component="section" sx={{ height: '100%' }} data-testid={`report-${section.id}`}>
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate(`dsa_transparency.sections.${section.id}`)}
              </Typography>
              {section.figures.map((f) => (
                <Figure
                  key={f.id}
                  label={translate(`dsa_transparency.figures.${f.id}`)}
                  value={show(f.value, f.hours)}
                  testId={`figure-${f.id}`}
                />
              ))}
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
};
