// STRAPI_LOG_LEVEL=error keeps test and benchmark output readable; Strapi's default level is 'http'.
export default ({ env }) => ({
  level: env('STRAPI_LOG_LEVEL', 'http'),
});
