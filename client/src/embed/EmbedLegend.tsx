// The embed's small legend: one line per layer shown, its title and what its colours mean;
// read-only (the full map's legends filter, this one only explains).
import type { LayerInfo } from '../api.ts';
import { useLanguage } from '../i18n.ts';
import { fallbackColor } from '../map/thematic-style.ts';

const swatchShape = { MultiPolygon: 'area', LineString: 'line', Point: 'point' } as const;

function Swatch({ info, color }: { info: LayerInfo; color: string }) {
  return (
    <span
      className={`legend__swatch legend__swatch--${swatchShape[info.geometryType]}`}
      style={{ backgroundColor: color }}
      aria-hidden="true"
    />
  );
}

export function EmbedLegend({ layers }: { layers: readonly LayerInfo[] }) {
  const language = useLanguage();
  return (
    <ul className="embed-legend">
      {layers.map((info) => (
        <li key={info.id} className="embed-legend__layer" data-layer={info.id}>
          {info.legend.items.length === 0 ? (
            <span className="embed-legend__title">
              <Swatch info={info} color={fallbackColor} />
              {info.title[language]}
            </span>
          ) : (
            <>
              <span className="embed-legend__title">{info.title[language]}</span>
              <ul className="embed-legend__items">
                {info.legend.items.map((item) => (
                  <li key={item.value}>
                    <Swatch info={info} color={item.color} />
                    {item.label[language]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
