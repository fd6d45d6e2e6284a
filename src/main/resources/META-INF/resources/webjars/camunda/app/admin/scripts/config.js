// Regie Inburgering: configuration of Camunda Admin (served instead of the webjar's own config.js, because our
// classes directory comes before the webjar on the classpath). Admin is functioneel beheer's tool and keeps Camunda's
// English (docs/tasklist.md).
export default {
  app: {
    name: 'Admin',
    vendor: 'Regie Inburgering'
  },
  // The "first time here" message asks /camunda-welcome, which this application does not serve: that request only
  // left a 404 in the browser console
  disableWelcomeMessage: true
};
