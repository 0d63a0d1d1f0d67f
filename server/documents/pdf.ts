// PDF documents (invoices, credit notes, the copy of the contract) with pdfkit. A document is rendered
// from facts frozen when it was issued, with its creation date (and so the file ID pdfkit derives from
// it) set to the issue time: the same facts give the same bytes, today or in ten years.
import { documentLines, missingMentions, SELLER, type DocumentFacts } from '../domain/payments/invoices.ts';

async function render(title: string, at: Date, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  // pdfkit (6 MB of heap with its fonts) is loaded at the first document, not at start.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: false,
    info: { Title: title, Author: SELLER.name, Creator: 'Kolet back office', Producer: 'Kolet back office', CreationDate: at, ModDate: at },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica');
  draw(doc);
  doc.end();
  return done;
}

/** An invoice or a credit note; refused (an error naming them) when a mandatory mention is missing. */
export function renderDocument(facts: DocumentFacts): Promise<Buffer> {
  const lines = documentLines(facts);
  const missing = missingMentions(lines);
  if (missing.length) throw new Error(`Document ${facts.number} lacks mandatory mentions: ${missing.join(', ')}`);
  return render(`${facts.kind === 'invoice' ? 'Facture' : 'Avoir'} ${facts.number}`, new Date(facts.issuedAt), (doc) => {
    lines.forEach((l, i) => {
      const heading = l.mention === 'number';
      doc
        .font(heading ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(heading ? 16 : 10)
        .text(l.text);
      doc.moveDown(i === 3 || heading ? 1 : 0.3);
    });
  });
}

export interface ContractFacts {
  order: {
    id: number;
    orderedAt: string;
    amountCents: number;
    vatCents: number;
    paymentMethod: string;
    paymentReference: string;
    status: string;
    termsVersion: string | null;
    withdrawalWaivedAt: string | null;
  };
  customer: { accountId: number; email: string; name: string | null };
  plan: { name: string; dataMb: number | null; validityDays: number };
  invoiceNumber: string | null;
}

const euros = (cents: number) => `${(cents / 100).toFixed(2).replace('.', ',')} €`;

/** "Copy of the contract": the order, the terms version it was made under, the waiver of withdrawal, the payment. */
export function renderContract(f: ContractFacts): Promise<Buffer> {
  return render(`Contrat — commande ${f.order.id}`, new Date(f.order.orderedAt), (doc) => {
    doc.font('Helvetica-Bold').fontSize(16).text(`Copie du contrat — commande n° ${f.order.id}`).moveDown();
    doc.font('Helvetica').fontSize(10);
    for (const t of [
      `Vendeur : ${SELLER.name}, ${SELLER.address}, ${SELLER.registration}`,
      `Client : ${f.customer.name ?? f.customer.email} <${f.customer.email}> (compte n° ${f.customer.accountId})`,
      `Date de la commande : ${f.order.orderedAt}`,
      `Forfait : ${f.plan.name}${f.plan.dataMb != null ? `, ${f.plan.dataMb} Mo` : ''}, validité ${f.plan.validityDays} jours à compter de l’activation`,
      `Conditions générales de vente acceptées : version ${f.order.termsVersion ?? 'non enregistrée'}`,
      f.order.withdrawalWaivedAt
        ? `Renonciation expresse au droit de rétractation (CGV §6) : donnée le ${f.order.withdrawalWaivedAt}`
        : 'Renonciation expresse au droit de rétractation (CGV §6) : non enregistrée',
      `Paiement : ${euros(f.order.amountCents)} TTC dont TVA ${euros(f.order.vatCents)}, par ${f.order.paymentMethod} (référence ${f.order.paymentReference})`,
      `Statut de la commande : ${f.order.status}`,
      `Facture : ${f.invoiceNumber ?? 'non émise'}`,
    ])
      doc.text(t).moveDown(0.4);
  });
}
