// Regie Inburgering: configuration of Camunda's welcome page (login and start page of the web applications).
export default {
  app: {
    name: 'Welkom',
    vendor: 'Regie Inburgering'
  },
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'nl'
  },
  disableWelcomeMessage: true,
  links: [
    {
      label: 'API-documentatie',
      href: '/swagger-ui.html',
      description: 'De koppelingen met COA en DUO en de dossiergegevens (OpenAPI)'
    }
  ]
};
