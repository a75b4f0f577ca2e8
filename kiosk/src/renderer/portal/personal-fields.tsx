// The personal details a citizen gives at registration and a LINE Login account completes on its
// profile: name, citizen ID, phone, e-mail, address and "hide my personal data". The page keeps
// the values; the data-testids are `<testIdPrefix>-name`, `-cid`, `-phone`, `-email`, `-address`
// and `-hide`.
import { isValidCitizenId, type Lang } from '@oss/shared';
import { bindFields, Check, Field } from './form.js';
import { P } from './messages.js';

export interface PersonalDetails {
  name: string;
  citizenId: string;
  phone: string;
  email: string;
  address: string;
  hidePersonal: boolean;
}

export const NO_PERSONAL_DETAILS: PersonalDetails = {
  name: '',
  citizenId: '',
  phone: '',
  email: '',
  address: '',
  hidePersonal: false,
};

/** A full-length citizen ID (spaces and dashes aside) whose check digit is wrong; the hub checks too. */
export function citizenIdLooksWrong(citizenId: string): boolean {
  const digits = citizenId.replace(/[\s-]/g, '');
  return digits.length >= 13 && !isValidCitizenId(digits);
}

interface Props {
  lang: Lang;
  testIdPrefix: string;
  values: PersonalDetails;
  update: (patch: Partial<PersonalDetails>) => void;
  /** False when the hub already has the citizen's ID. */
  askCitizenId?: boolean;
}

export function PersonalFields({ lang, testIdPrefix: id, values, update, askCitizenId = true }: Props) {
  const field = bindFields(values, update);
  return (
    <>
      <Field label={P.name} lang={lang} {...field('name')} testId={`${id}-name`} autoComplete="name" required />
      {askCitizenId && (
        <Field
          label={P.citizenId}
          lang={lang}
          {...field('citizenId')}
          testId={`${id}-cid`}
          inputMode="numeric"
          autoComplete="off"
          maxLength={17}
          hint={citizenIdLooksWrong(values.citizenId) ? P.citizenIdBad[lang] : null}
          required
        />
      )}
      <Field label={P.phone} lang={lang} {...field('phone')} testId={`${id}-phone`} type="tel" autoComplete="tel" required />
      <Field label={P.email} lang={lang} {...field('email')} testId={`${id}-email`} type="email" autoComplete="email" required />
      <Field label={P.address} lang={lang} {...field('address')} testId={`${id}-address`} autoComplete="street-address" />
      <Check
        label={P.hidePersonal}
        lang={lang}
        checked={values.hidePersonal}
        onChange={(hidePersonal) => update({ hidePersonal })}
        testId={`${id}-hide`}
      />
    </>
  );
}
