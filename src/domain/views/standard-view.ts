import { SP_COMPONENTS, type SpComponent, type StandarPelayananData } from '../model/index.ts';
import { isFree, type Fee, type ListItem } from '../model/index.ts';
import { ui } from '../../i18n/id.ts';

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

/** The regulation's labels as the site words them (src/i18n/id.ts): the page's headings and the validator's messages. */
export const SP_LABELS: SpLabels = {
  persyaratan: ui.spRequirements, sistem_mekanisme_prosedur: ui.spProcedure, jangka_waktu_penyelesaian: ui.spTime,
  biaya_tarif: ui.spFee, produk_pelayanan: ui.spProducts, penanganan_pengaduan: ui.spComplaints, dasar_hukum: ui.spLegalBasis,
  sarana_prasarana: ui.spFacilities, kompetensi_pelaksana: ui.spCompetence, pengawasan_internal: ui.spSupervision,
  jumlah_pelaksana: ui.spStaffCount, jaminan_pelayanan: ui.spServiceGuarantee, jaminan_keamanan_keselamatan: ui.spSafetyGuarantee,
  evaluasi_kinerja_pelaksana: ui.spEvaluation, jam_pelayanan: ui.spHours, mekanisme: ui.spMechanism, delivery: ui.spDelivery, management: ui.spManagement,
};

/** A component's label: as the source prints it (`label:`), else the regulation's. */
export const spComponentLabel = (data: Pick<StandarPelayananData, 'labels'>, key: SpComponent, labels: SpLabels = SP_LABELS) => data.labels[key] ?? labels[key];

const DELIVERY: readonly SpComponent[] = SP_COMPONENTS.slice(0, 6);
const MANAGEMENT: readonly SpComponent[] = SP_COMPONENTS.slice(6, 14);

export function spSections(data: StandarPelayananData, labels: SpLabels = SP_LABELS): SpSectionView[] {
  const label = (key: SpComponent) => spComponentLabel(data, key, labels);
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

/** A part of the complaint component that can be missing while the rest is printed. */
export type ComplaintPart = 'penanganan_pengaduan.saluran' | 'penanganan_pengaduan.alur';

/**
 * What a Standar Pelayanan must fill (the fourteen components of the regulation) and leaves empty.
 * The complaint component counts as empty only when nothing of it is printed; a source that prints
 * its procedure but no channels lacks the channels (`penanganan_pengaduan.saluran`), one that
 * prints channels but no procedure lacks the procedure (`penanganan_pengaduan.alur`).
 */
export function missingComponents(data: StandarPelayananData): Array<SpComponent | ComplaintPart> {
  const { channels, flow, resolutionTimes } = data.complaints;
  const complaintsEmpty = channels.length === 0 && flow.length === 0 && resolutionTimes.length === 0;
  const empty: Record<SpComponent, boolean> = {
    persyaratan: data.requirements.length === 0,
    // Printed apart as Prosedur and Mekanisme, the component is there when either is.
    sistem_mekanisme_prosedur: data.procedure.length === 0 && data.mechanism.length === 0,
    jangka_waktu_penyelesaian: data.completionTime.length === 0,
    biaya_tarif: data.fee.text.trim() === '' && data.fee.rows.length === 0,
    produk_pelayanan: data.products.length === 0,
    penanganan_pengaduan: complaintsEmpty,
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
  const out: Array<SpComponent | ComplaintPart> = SP_COMPONENTS.filter((k) => empty[k]);
  if (!complaintsEmpty && channels.length === 0) out.push('penanganan_pengaduan.saluran');
  if (!complaintsEmpty && flow.length === 0) out.push('penanganan_pengaduan.alur');
  return out;
}

export { isFree };

/**
 * The jangka waktu as the page lists it: promises printed as sentences as printed (their numbers
 * and sub-items kept, `printed`), named parts as "Administrasi: 15 Menit".
 */
export function promiseList(data: Pick<StandarPelayananData, 'completionTime'>): { printed: boolean; items: ListItem[] } {
  return {
    printed: data.completionTime.some((p) => p.item),
    items: data.completionTime.map((p) => p.item ?? { text: `${p.label}: ${p.timeText}`, items: [] }),
  };
}

/** The tariff table's optional columns: a group or a unit, when any row has one. */
export const tariffColumns = (fee: Pick<Fee, 'rows'>) => ({ group: fee.rows.some((r) => r.group !== undefined), unit: fee.rows.some((r) => r.unit !== undefined) });
