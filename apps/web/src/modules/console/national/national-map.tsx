import { useQuery } from '@tanstack/react-query';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import { STAGE_COLOR, type StageKey, STAGES } from './stages';

export interface MapSite {
  regionCode: string;
  siteCode: string;
  name: string;
  stage: StageKey;
  lat: number;
  lon: number;
  approximate: boolean;
}

const WIDTH = 960;
const HEIGHT = 380;
/**
 * Room around the outline: fitted edge to edge, Papua's border with Papua New Guinea and Aceh's
 * tip lay on the frame, so the easternmost coast and its points were cut (seen at 1366 px).
 */
const MARGIN = 16;
/** Natural Earth's numeric code for Indonesia in world-atlas. */
const INDONESIA = '360';

/** The outline of Indonesia and its neighbours, from world-atlas (Natural Earth 1:50m), bundled: the map needs no network. */
async function loadOutline(): Promise<{ indonesia: Feature<Geometry>; neighbours: Feature<Geometry>[] }> {
  const topology = (await import('world-atlas/countries-50m.json')).default as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const indonesia = countries.features.find((country) => String(country.id) === INDONESIA);
  if (!indonesia) throw new Error('world-atlas has no Indonesia');
  const neighbours = countries.features.filter((country) => ['458', '608', '626', '598', '036', '096', '702'].includes(String(country.id)));
  return { indonesia, neighbours };
}

/** The national map: a point per deployed site, coloured by its region's stage. */
export function NationalMap({ sites, title }: { sites: readonly MapSite[]; title: string }) {
  const { t } = useTranslation('console');
  const outline = useQuery({ queryKey: ['world-atlas', 'countries-50m'], queryFn: loadOutline, staleTime: Infinity });
  if (!outline.data) return <p>{outline.isError ? t('national.mapFailed') : t('national.mapLoading')}</p>;
  const projection = geoMercator().fitExtent(
    [
      [MARGIN, MARGIN],
      [WIDTH - MARGIN, HEIGHT - MARGIN],
    ],
    outline.data.indonesia,
  );
  const path = geoPath(projection);
  const counts = STAGES.map((stage) => ({ ...stage, count: sites.filter((site) => site.stage === stage.key).length }));
  const summary = t('national.mapSummary', { count: sites.length });
  return (
    <figure className="chart">
      <figcaption id="national-map-title">{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="national-map-title"
        aria-describedby="national-map-summary"
        className="map__svg"
      >
        <rect width={WIDTH} height={HEIGHT} fill="#eaf3fb" />
        {outline.data.neighbours.map((country) => (
          <path key={String(country.id)} d={path(country) ?? ''} fill="#f3f2f1" stroke="#b1b4b6" strokeWidth={0.5} />
        ))}
        <path d={path(outline.data.indonesia) ?? ''} fill="#ffffff" stroke="#505a5f" strokeWidth={0.7} />
        {sites.map((site) => {
          const point = projection([site.lon, site.lat]);
          if (!point) return null;
          return (
            <circle
              key={`${site.regionCode}/${site.siteCode}`}
              cx={point[0]}
              cy={point[1]}
              r={3.2}
              fill={STAGE_COLOR[site.stage]}
              stroke="#fff"
              strokeWidth={0.6}
            >
              <title>{`${site.name} (${site.regionCode}) · ${t(`national.stage.${site.stage}`)}`}</title>
            </circle>
          );
        })}
      </svg>
      <p id="national-map-summary" className="chart__note">
        {summary}
      </p>
      <ul className="chart__legend">
        {counts
          .filter((stage) => stage.key !== 'no_plan')
          .map((stage) => (
            <li key={stage.key}>
              <span className="chart__swatch" style={{ background: stage.color }} aria-hidden="true" />
              {t(`national.stage.${stage.key}`)}: {stage.count}
            </li>
          ))}
      </ul>
    </figure>
  );
}
