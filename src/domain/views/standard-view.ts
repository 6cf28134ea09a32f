import { SP_COMPONENTS, type SpComponent, type StandarPelayananData } from '../model/index.ts';
import { isFree } from '../model/index.ts';

/**
 * The Standar Pelayanan page's outline: its groups and components in the source's order, each with
 * the heading number and label the source prints (`nomor_komponen` where given, else the count in
 * its group). Without `kelompok`, the regulation's two groups numbered 1-14 in one run (jam
 * pelayanan, when present, follows jangka waktu, and a Mekanisme printed apart follows the
 * procedure, both unnumbered). A group printed without a title has none.
 */
export interface SpComponentView {
  key: SpComponent;
  /** "3." or "" when unnumbered. */
  number: string;
  label: string;
}
export interface SpSectionView {
  /** Absent for a group printed without a title. */
  title?: string;
  components: SpComponentView[];
}

/** The regulation's labels (Permenpan-RB 15/2014), for a component the source does not relabel. */
export type SpLabels = Record<SpComponent, string> & { delivery: string; management: string };

const DELIVERY: readonly SpComponent[] = SP_COMPONENTS.slice(0, 6);
const MANAGEMENT: readonly SpComponent[] = SP_COMPONENTS.slice(6, 14);

export function spSections(data: StandarPelayananData, labels: SpLabels): SpSectionView[] {
  const label = (key: SpComponent) => data.labels[key] ?? labels[key];
  const number = (key: SpComponent, counted: string) => data.printedNumbers[key] ?? counted;
  if (data.groups)
    return data.groups.map((g) => ({
      ...(g.title !== undefined && { title: g.title }),
      components: g.components.map((key, i) => ({ key, number: number(key, `${i + 1}.`), label: label(key) })),
    }));
  const numbered = (key: SpComponent): SpComponentView => ({ key, number: number(key, `${SP_COMPONENTS.indexOf(key) + 1}.`), label: label(key) });
  const delivery = DELIVERY.map(numbered);
  if (data.serviceHours.length > 0) delivery.splice(3, 0, { key: 'jam_pelayanan', number: number('jam_pelayanan', ''), label: label('jam_pelayanan') });
  if (data.mechanism.length > 0) delivery.splice(2, 0, { key: 'mekanisme', number: number('mekanisme', ''), label: label('mekanisme') });
  return [
    { title: labels.delivery, components: delivery },
    { title: labels.management, components: MANAGEMENT.map(numbered) },
  ];
}

/** The components a Standar Pelayanan must fill (the fourteen of the regulation) that it leaves empty, with the alur of complaints. */
export function missingComponents(data: StandarPelayananData): Array<SpComponent | 'penanganan_pengaduan.alur'> {
  const empty: Record<SpComponent, boolean> = {
    persyaratan: data.requirements.length === 0,
    // Printed apart as Prosedur and Mekanisme, the component is there when either is.
    sistem_mekanisme_prosedur: data.procedure.length === 0 && data.mechanism.length === 0,
    jangka_waktu_penyelesaian: data.completionTime.length === 0,
    biaya_tarif: data.fee.text.trim() === '' && data.fee.rows.length === 0,
    produk_pelayanan: data.products.length === 0,
    penanganan_pengaduan: data.complaints.channels.length === 0,
    dasar_hukum: data.legalBasis.length === 0,
    sarana_prasarana: data.facilities.length === 0,
    kompetensi_pelaksana: data.competence.length === 0,
    pengawasan_internal: data.internalSupervision.length === 0,
    jumlah_pelaksana: data.staffCount.trim() === '',
    jaminan_pelayanan: data.serviceGuarantee.length === 0,
    jaminan_keamanan_keselamatan: data.safetyGuarantee.length === 0,
    evaluasi_kinerja_pelaksana: data.performanceEvaluation.length === 0,
    jam_pelayanan: false, // not one of the fourteen
    mekanisme: false, // part of component 2
  };
  const out: Array<SpComponent | 'penanganan_pengaduan.alur'> = SP_COMPONENTS.filter((k) => empty[k]);
  if (!empty.penanganan_pengaduan && data.complaints.flow.length === 0) out.push('penanganan_pengaduan.alur');
  return out;
}

export { isFree };
