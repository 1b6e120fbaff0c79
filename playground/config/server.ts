export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    // Development-only defaults so `npm run demo` works on a fresh clone; set APP_KEYS in production.
    keys: env.array('APP_KEYS', ['newsroomDemoKeyA', 'newsroomDemoKeyB']),
  },
});
