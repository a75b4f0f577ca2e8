// The terms and privacy notice a new install shows until an admin writes its own (POST
// /admin/terms). Added as version 1 the first time the portal needs terms, never earlier, so an
// office that does not use the portal has none.
import type { TermsVersion } from '@oss/shared';
import type { TermsRepo } from '../admin/terms-repo.js';

const DEFAULT_TERMS = {
  th: `ข้อตกลงการใช้บริการและประกาศความเป็นส่วนตัว

สำนักงานเก็บรวบรวมและใช้ข้อมูลส่วนบุคคลของท่าน (ชื่อ เลขประจำตัวประชาชน โทรศัพท์ อีเมล ที่อยู่ และเอกสารที่แนบ) เพื่อให้บริการตามที่ท่านขอ นัดหมาย และติดต่อกลับเท่านั้น ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562

- เลขประจำตัวประชาชนเก็บในรูปแบบที่ย้อนกลับไม่ได้ แสดงได้เพียง 4 หลักสุดท้าย
- ท่านเลือก "ซ่อนข้อมูลส่วนตัว" ได้ เจ้าหน้าที่จะเห็นชื่อแบบปิดบัง และการเปิดดูทุกครั้งจะถูกบันทึก
- เอกสารที่แนบและการเชื่อมต่อ LINE จะถูกลบเมื่อพ้นระยะเวลาที่กำหนด
- ท่านขอเข้าถึง แก้ไข หรือลบข้อมูลได้ที่เคาน์เตอร์บริการ`,
  en: `Terms of use and privacy notice

The office collects and uses your personal data (name, citizen ID, phone, e-mail, address and the documents you attach) only to provide the services you request, to book appointments and to contact you, under the Personal Data Protection Act B.E. 2562 (2019).

- Your citizen ID is stored in a form that cannot be reversed; only its last 4 digits are shown.
- You may choose "hide my personal data": staff then see a masked name, and every reveal is logged.
- Attached documents and LINE links are deleted after a retention period.
- You may ask at the service counter to see, correct or delete your data.`,
};

/** The current terms, adding the default version when there is none yet. */
export function currentTermsOrDefault(terms: TermsRepo, now: number): TermsVersion {
  return terms.current() ?? terms.add(DEFAULT_TERMS, now, null);
}
