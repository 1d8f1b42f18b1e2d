import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** A QR code of an address, drawn as SVG in the page (no image fetched): the slip's and the survey link's. */
export function QrCode({ url, label, className }: { url: string; label: string; className?: string }) {
  const svg = useMemo(() => {
    const code = qrcode(0, 'M');
    code.addData(url);
    code.make();
    return code.createSvgTag({ cellSize: 4, margin: 2, scalable: true });
  }, [url]);
  return <div className={className} role="img" aria-label={label} data-url={url} dangerouslySetInnerHTML={{ __html: svg }} />;
}
