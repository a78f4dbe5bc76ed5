import { createStaffRouter } from '../auth/auth.routes.ts';
import { requireStaff } from '../auth/session.ts';
import { staffInsights } from './staff-insights.service.ts';

/** The staff dashboard's figures (signed-in staff only; 401 to anyone else). */
export function staffInsightsRoutes() {
  const app = createStaffRouter();
  app.use('/moderation/insights', requireStaff('moderator'));
  app.get('/moderation/insights', (c) => {
    const deps = c.get('deps');
    c.header('Cache-Control', 'no-store');
    return c.json(staffInsights(deps.db, deps.now()), 200);
  });
  return app;
}
