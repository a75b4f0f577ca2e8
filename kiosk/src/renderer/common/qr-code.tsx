// A QR code drawn locally (no network) as a PNG data URL. The encoded text is also kept in
// data-qr-text so tests and support staff can read it without decoding the image.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

interface Props {
  text: string;
  alt: string;
  size?: number;
  testId?: string;
}

export function QrCode({ text, alt, size = 320, testId = 'qr' }: Props) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: size, color: { dark: '#000000', light: '#ffffff' } })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [text, size]);
  return (
    <div className="qr" style={{ width: size, height: size }}>
      {src && <img src={src} alt={alt} width={size} height={size} data-testid={testId} data-qr-text={text} />}
    </div>
  );
}
