/**
 * An approximate point for a kabupaten/kota whose sites carry no usable coordinates: its
 * province's centre, moved by a small offset drawn from the region code (the same code always
 * gives the same point), so a province's regions spread around it on the national map instead
 * of sitting on one dot. The reference data (idn-area-data) has names and codes but no
 * coordinates; these 38 centres are rounded to a tenth of a degree and only place dots on a
 * country-sized map.
 */
const PROVINCE_CENTRES: Record<string, readonly [lat: number, lon: number, spread: number]> = {
  '11': [4.4, 96.9, 1.0],
  '12': [2.2, 99.1, 1.2],
  '13': [-0.8, 100.6, 0.9],
  '14': [0.5, 101.8, 1.0],
  '15': [-1.6, 103.0, 0.9],
  '16': [-3.3, 104.2, 1.0],
  '17': [-3.8, 102.3, 0.6],
  '18': [-4.9, 105.2, 0.7],
  '19': [-2.3, 106.4, 0.7],
  '21': [1.0, 104.4, 0.9],
  '31': [-6.2, 106.8, 0.1],
  '32': [-6.9, 107.6, 0.6],
  '33': [-7.2, 110.2, 0.6],
  '34': [-7.8, 110.4, 0.2],
  '35': [-7.6, 112.4, 0.9],
  '36': [-6.4, 106.1, 0.4],
  '51': [-8.4, 115.2, 0.3],
  '52': [-8.6, 117.4, 0.8],
  '53': [-9.5, 121.5, 1.5],
  '61': [-0.1, 110.5, 1.4],
  '62': [-1.6, 113.4, 1.4],
  '63': [-3.0, 115.3, 0.8],
  '64': [0.5, 116.4, 1.3],
  '65': [3.0, 116.2, 0.8],
  '71': [1.2, 124.6, 0.7],
  '72': [-1.4, 121.4, 1.1],
  '73': [-4.1, 120.0, 1.0],
  '74': [-4.1, 122.2, 0.8],
  '75': [0.6, 122.4, 0.5],
  '76': [-2.5, 119.3, 0.5],
  '81': [-3.2, 129.5, 1.5],
  '82': [1.0, 127.8, 1.0],
  '91': [-2.6, 139.2, 1.0],
  '92': [-1.3, 133.5, 0.8],
  '93': [-7.0, 139.5, 1.0],
  '94': [-3.7, 136.5, 0.8],
  '95': [-4.1, 138.9, 0.6],
  '96': [-1.0, 131.5, 0.7],
};

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** The approximate point of a region code (`32.71`); the centre of Indonesia for an unknown province. */
export function approximateRegionLocation(regionCode: string): GeoPoint {
  const [lat, lon, spread] = PROVINCE_CENTRES[regionCode.slice(0, 2)] ?? [-2.5, 118.0, 0];
  const seed = hash(regionCode);
  const angle = ((seed % 3600) / 3600) * 2 * Math.PI;
  const distance = (((seed >>> 12) % 1000) / 1000) * spread;
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { lat: round(lat + distance * Math.sin(angle)), lon: round(lon + distance * Math.cos(angle)) };
}

/** FNV-1a: small, stable across runs and platforms. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}
