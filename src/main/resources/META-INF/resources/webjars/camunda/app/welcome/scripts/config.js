// Regie Inburgering: configuration of Camunda's welcome page (login and start page of the web applications).
export default {
  app: {
    name: 'Welkom',
    vendor: 'Regie Inburgering'
  },
  // Dutch for every browser language, as the Takenlijst behind it
  locales: {
    availableLocales: ['nl'],
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
