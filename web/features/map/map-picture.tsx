import { MapPinned } from 'lucide-react';
import { Icon } from '../../components/ui/icon.tsx';
import { t } from '../../i18n/i18n.ts';
import { toSearch } from '../../lib/api-client.ts';

/** The server's still picture of the map (api: GET /api/initiatives/map.svg), 1000 wide. */
const PICTURE_WIDTH = 1000;
const PICTURE_HEIGHT = 459;

/**
 * A still picture of the map for the current filters, drawn by the server with the live
 * map's colours, and the button that starts the live map (map-start.ts). The picture takes
 * no script and no WebGL: a cheap phone shows the map's shading at once.
 */
export function MapPicture({
  query,
  onOpen,
}: {
  query: Record<string, string | number | undefined>;
  onOpen: () => void;
}) {
  return (
    <div className="map-picture">
      {/* A tap on the picture opens the map too; the button is what keyboards and readers use. */}
      <img
        src={`/api/initiatives/map.svg${toSearch(query)}`}
        alt={t('map.pictureAlt')}
        width={PICTURE_WIDTH}
        height={PICTURE_HEIGHT}
        decoding="async"
        onClick={onOpen}
      />
      <button type="button" className="button map-picture-open" onClick={onOpen}>
        <Icon icon={MapPinned} size={18} />
        {t('map.pictureOpen')}
      </button>
    </div>
  );
}
