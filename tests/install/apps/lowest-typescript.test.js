// A fresh app (plan.js names its Strapi version, language and GraphQL); the steps: helpers/installed-app.js.
require('../helpers/installed-app').describeInstalledApp('lowest-typescript');
