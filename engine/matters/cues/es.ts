/** Matter cues for language 'es': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

/**
 * Spanish cues. Inflection rules are only "-s" and "-es", so verb forms, feminines and the
 * accented preterites are listed; multi-word forms inflect only their last word.
 */
export const ES_CUES: CueLexicon = {
  lang: 'es',
  cues: [
    // False friends (issue #11): "cielo" (sky) is no Slovak "cieľ", "roja/rojo" (red) no Polish "rój"
    // (swarm), "usan/usar" (use) no "USA", "el cargo" (the post) no cargo.
    [
      [],
      'cielo|cielos|roja|rojo|rojas|rojos|usan|usar|usado|usada|usados|usadas|usando|usaron|usaba|usaban|el cargo|al cargo|del cargo|su cargo|los cargos|sus cargos|altos cargos',
    ],
    // "para" (for) is also Turkish "money": read here first, it names no concept, or every
    // Spanish, Portuguese and Indonesian sentence would be about a payment.
    [[], 'para'],
    // Phrases first where a word alone would mean another concept.
    [
      'anti_west',
      'sanciones occidentales|bajo sanciones|eludir las sanciones|' +
        'evadir las sanciones|sortear las sanciones|burlar las sanciones|aislado|aislados|' +
        'aislada|aisladas|aislamiento|paria|parias|antioccidental|antioccidentales|' +
        'anti-occidental|antiestadounidense|antiestadounidenses|antiamericano|orden mundial|' +
        'mundo multipolar|multipolar|hegemonía|hegemonía occidental' +
        '|imperialismo|imperialista|imperialistas|unipolar|estados parias',
    ],
    [
      'ties_econ',
      'comercio|comercial|comerciales|intercambio comercial|gas|petróleo|' +
        'gazprom|acuerdo energético|inversión|inversiones|invertir|corredor|norte-sur|' +
        'ferrocarril|vía férrea|ferroviario|ferroviaria|banco|bancos|bancario|bancaria|sistema mir|tarjetas mir|' +
        'swift|rublo|rublos|rial|moneda|monedas|divisas|monedas nacionales|tratado|tratados|' +
        'tratado de asociación estratégica|memorando|económico|económica|económicos|' +
        'económicas|economía|trigo|aranceles|unión económica euroasiática' +
        '|exportaciones|libre comercio|zona de libre comercio|acuerdo comercial',
    ],
    [
      'energy',
      'red eléctrica|redes eléctricas|infraestructura energética|' +
        'infraestructuras energéticas|instalaciones energéticas|sistema energético|' +
        'central eléctrica|centrales eléctricas|central térmica|centrales térmicas|' +
        'central hidroeléctrica|termoeléctrica|subestación|subestaciones|electricidad|apagón|' +
        'apagones|cortes de luz|corte de luz|cortes de electricidad|cortes de energía|' +
        'calefacción|infraestructura crítica|infraestructuras críticas|líneas eléctricas|' +
        'sin luz|sin electricidad|suministro eléctrico|suministro de energía|' +
        'sector energético' +
        '|transformadores|transformador|cortes de suministro|instalaciones eléctricas|sistema eléctrico|a oscuras|tendido eléctrico|generación eléctrica|agua caliente',
    ],
    [
      'miltech',
      'su-35|sujói|sukhoi|s-300|s-400|mig-29|yak-130|aviones de combate|cazas|' +
        'helicópteros de ataque|mi-28|satélite|satélites|jayam|khayyam|ejercicios navales|' +
        'ejercicio naval|maniobras navales|ejercicios conjuntos|ejercicio conjunto|' +
        'maniobras conjuntas|técnico-militar|cooperación técnico-militar|juegos de guerra',
    ],
    [
      'nuclear',
      'nuclear|nucleares|acuerdo nuclear|pacto nuclear|jcpoa|enriquecimiento|' +
        'uranio enriquecido|uranio|oiea|aiea|atómico|atómica|programa nuclear',
    ],
    ['iran_leader', 'jamenei|jameneí|khamenei|líder supremo|guía supremo|presidente iraní'],
    // A president names his term: the time a text tells (`../tenures.ts`).
    [['iran_leader', 'pres_rouhani'], 'rohaní|rohani'],
    [['iran_leader', 'pres_raisi'], 'raisi|raisí|mojber|mokhber'],
    [['iran_leader', 'pres_ahmadinejad'], 'ahmadineyad|ahmadinejad'],
    [['iran_leader', 'pres_pezeshkian'], 'pezeshkian|pezeshkián'],
    ['putin', 'putin|putín|vladímir putin|vladimir putin'],
    ['soleimani', 'soleimani|suleimani|soleimaní|qasem soleimani|qassem soleimani'],
    [
      'assad',
      'asad|al asad|al-asad|bashar al asad|bashar|assad|régimen sirio|' +
        'régimen de damasco|régimen de asad|régimen de al asad|gobierno sirio|damasco|' +
        'el régimen',
    ],
    ['tehran', 'teherán'],
    ['moscow', 'moscú|kremlin'],
    [
      'white_house',
      'casa blanca|jake sullivan|sullivan|kirby|john kirby|' +
        'consejo de seguridad nacional|asesor de seguridad nacional|' +
        'consejero de seguridad nacional',
    ],
    [
      'us',
      'estados unidos|ee.uu.|ee uu|eeuu|eua|estadounidense|estadounidenses|' +
        'norteamericano|norteamericana|norteamericanos|americano|americanos|washington|' +
        'pentágono|departamento de estado|gobierno de biden|administración biden|biden|' +
        'blinken|cia',
    ],
    [
      'israel',
      'israel|israelí|israelíes|tsahal|fdi|netanyahu|bennett|golán|' +
        'altos del golán|mosad|mossad',
    ],
    ['turkey', 'turquía|turco|turca|turcos|turcas|ankara|erdogan|erdoğan'],
    ['iraq', 'irak|iraq|iraquí|iraquíes|bagdad'],
    [
      'ukraine',
      'ucrania|ucraniano|ucraniana|ucranianos|ucranianas|zelenski|zelensky|gobierno ucraniano|' +
        // Longer than the intervention words 'operación militar', 'campaña': Russia's war.
        'operación militar especial|operación militar en ucrania|campaña en ucrania',
    ],
    ['syria', 'siria|sirio|sirios|sirias'],
    [
      'city',
      'ciudad|ciudades|kiev|kyiv|járkov|jarkov|kharkiv|odesa|odessa|leópolis|lviv|' +
        'dnipró|dnipro|zaporiyia|zaporizhzhia|mykolaiv|nikolaev|jersón|kherson|sumy|' +
        'chernígov|chernihiv|vínnytsia|zhytomyr|krivói rog|kryvyi rih|poltava|localidad|' +
        'localidades',
    ],
    ['crimea', 'crimea|península de crimea|dzhankói|dzhankoi|yankói|región de jersón'],
    ['belarus', 'bielorrusia|belarús|bielorruso|bielorrusa|bielorrusos'],
    ['tatarstan', 'alabuga|yelabuga|elabuga|tatarstán|tatarstan|zona económica especial'],
    ['kupiansk', 'kupiansk|kúpiansk|kupyansk'],
    ['base_name', 'hmeimim|jmeimim|khmeimim|tartús|tartus|latakia|shairat|shayrat|tiyas|t4'],
    ['hamadan', 'hamadán|hamadan|nojeh'],
    [
      'astana',
      'astaná|astana|nursultán|nur-sultán|sochi|proceso de astaná|' +
        'proceso de astana|formato de astaná|formato de astana|conversaciones de astaná',
    ],
    ['europe', 'europa|guerra europea|suelo europeo|conflicto europeo|guerra en europa'],
    ['west', 'occidente|occidental|occidentales|otan'],
    [
      'drone',
      'dron|drones|drones kamikaze|dron kamikaze|kamikaze|kamikazes|shahed|geran|' +
        'mohajer|munición merodeadora|vehículo aéreo no tripulado|' +
        'vehículos aéreos no tripulados|no tripulado|no tripulados|aeronave no tripulada|' +
        'aeronaves no tripuladas|uav|drones suicidas|dron suicida|drones suicida',
    ],
    [
      'supply',
      'suministrar|suministró|suministra|suministran|suministraba|suministrará|' +
        'suministrado|suministrada|suministro|entregar|entregó|entrega|entregado|entregada|' +
        'entregaron|entregan|enviar|envió|envía|envían|enviado|enviada|enviaron|envío|' +
        'vender|vendió|vende|venden|vendido|vendida|venta|vendieron|comprar|compró|compra|' +
        'compran|comprado|compraron|adquirir|adquirió|adquirido|adquisición|recibir|recibió|' +
        'recibido|recibe|reciben|obtener|obtuvo|importar|importó|importado|importaciones|' +
        'transferir|transfirió|transferido|transferencia|proveer|proveyó|provisto|' +
        'proveedor|proporcionar|proporcionó|proporcionado|abastecer|abasteció|armar|dotar' +
        '|suministraron|entregará|enviará|mandó|mandado|mandaron|vendía|venderá|compraba|adquiere|adquirieron|recibía|recibirá|obtiene|obtuvieron|provee|facilitó|facilitado|facilitar|transfiere|transfirieron|traspasó|cedió|cedido|abastece|abastecimiento|exportó|exporta|exportado|armó|remitió|importa|hizo llegar|hace llegar|hicieron llegar',
    ],
    [
      'shipment',
      'cargamento|cargamentos|lote|lotes|remesa|remesas|carga|cargas|' +
        'vuelos de carga|aviones de carga|avión de carga|puente aéreo|mar caspio|caspio|' +
        'vuelos|buque|buques|barco|barcos|primer lote|primer cargamento|primera entrega' +
        '|envíos|primer envío|por mar|por vía marítima|vía marítima|por vía aérea|vía aérea|carguero|cargueros|contenedores',
    ],
    // Stocks running low and their resupply: the scale and timeline of the deliveries.
    [
      'supply',
      'reabastecer|reabastecimiento|reabasteció|reponer sus reservas|reponer las reservas|reponer sus existencias',
    ],
    ['quantity', 'reservas|existencias|arsenal'],
    [
      'quantity',
      'cientos|miles de|varios cientos|hasta varios cientos|gran número|' +
        'un gran número|grandes cantidades|decenas|más de mil|centenares|millares' +
        '|miles|por miles|en masa|masivamente|gran cantidad|varios miles',
    ],
    [
      'intel',
      'inteligencia|servicios de inteligencia|información indica|' +
        'según nuestra información|evaluación|desclasificado|desclasificada|' +
        'imágenes satelitales|imágenes por satélite|imágenes de satélite|espionaje|' +
        'intercambio de inteligencia|centro de información|centro de inteligencia' +
        '|según informes|informes de inteligencia|estimaciones',
    ],
    [
      'cash',
      'efectivo|en efectivo|dinero en efectivo|billetes|euros|140 millones|dinero|' +
        'bolsas de dinero|maletas de dinero|fajos de billetes' +
        '|dólares|millones de dólares|en metálico|maletas',
    ],
    ['gold', 'oro|lingote|lingotes|lingotes de oro|en oro|reservas de oro'],
    [
      'pay',
      'pagar|pagó|paga|pagan|pagado|pagada|pago|pagaron|precio|abonó' +
        '|abonar|desembolsó|desembolso|remuneración|saldó',
    ],
    [
      'exchange',
      'a cambio|a cambio de|en contrapartida|como contrapartida|trueque|' +
        'intercambio por|como pago|en pago' +
        '|canje|canjeó|canjear|canjeados',
    ],
    [
      'captured_arms',
      'capturado|capturada|armas capturadas|incautado|incautada|javelin|' +
        'nlaw|stinger|armas occidentales|trofeos|botín|armamento occidental' +
        '|material occidental|requisadas|requisado|arrebatadas|armamento capturado',
    ],
    [
      ['air_campaign', 'strike'],
      'ataque aéreo|ataques aéreos|bombardeo|bombardeos|' +
        'bombardeó|bombardearon|bombardeado|bombardeada|bombardeos aéreos|incursión aérea|' +
        'incursiones aéreas',
    ],
    [
      'strike',
      'ataque|ataques|atacar|atacó|atacaron|atacado|atacada|golpe|golpes|golpeó|' +
        'golpearon|impacto|impactos|impactó|alcanzó|alcanzado|disparos|disparó|dispararon|' +
        'lanzó|lanzaron|lanzado|lanzamiento|andanada|oleada|oleadas|salva|bombardear|' +
        'objetivos|explosión|explosiones|enjambre|enjambres|asalto|incursión|incursiones|' +
        'ataque masivo' +
        '|atacan|atacaban|atacando|ataca|destruyó|destruido|destruida|destruidos|destruidas|dañó|dañado|dañada|dañados|dañadas|daños|arrasó|arrasado|se estrelló|se estrellaron|impactaron|explotó|explotaron|detonaciones|tuvo como objetivo|embestida',
    ],
    [
      'civilian',
      'civiles|población civil|víctimas civiles|residencial|residenciales|' +
        'edificio residencial|edificios residenciales|edificio de viviendas|muerto|muerta|' +
        'muerte|muertes|mató|matando|fallecido|fallecieron|víctima|herido|herida|viviendas|' +
        'hogares|casas|hospital|hospitales|escuela' +
        '|vecinos|habitantes|niños|edificio|edificios|apartamentos|murieron|perdieron la vida|sin hogar|damnificados|mataron|hiriendo',
    ],
    [
      'night',
      'noche|durante la noche|por la noche|de madrugada|madrugada|nocturno|' +
        'nocturna' +
        '|al amanecer|anoche',
    ],
    [
      'debris',
      'restos|escombros|fragmentos|pedazos|partes del dron|dron derribado|' +
        'drones derribados|chatarra|restos del dron' +
        '|metralla',
    ],
    [
      'markings',
      'marcas|marcajes|inscripciones|inscripción|pintado|pintada|repintado|' +
        'rebautizado|rebautizada|renombrado|renombrada|número de serie|números de serie|' +
        'cirílico|cirílica|letras cirílicas|rotulado|nuevo nombre' +
        '|logotipo|etiquetas|etiquetado|en persa|en farsi',
    ],
    [
      'identify',
      'identificado|identificada|identificar|identificación|prueba|evidencia|' +
        'confirmado|confirmada|confirmó|confirmar|confirman|fotos|fotografías|' +
        'imágenes muestran|examinado|examinaron|investigadores|forense|análisis|demostró|' +
        'demuestran' +
        '|identificaron|demuestra|prueban|probaron|analizado|analizaron|investigación|peritos|origen iraní|de origen iraní|comprobado|comprobaron|verificado|verificaron|verificó|constató',
    ],
    [
      'intercept',
      'derribado|derribada|derribar|derribó|derribaron|derribo|interceptado|' +
        'interceptada|interceptar|interceptó|interceptaron|intercepción|interceptación|' +
        'neutralizado|neutralizada|neutralizó|neutralizar|destruido en el aire|' +
        'destruidos en el aire|abatido|abatida|abatió' +
        '|derriba|derriban|intercepta|interceptan|destruidos en vuelo',
    ],
    [
      'air_defence',
      'defensa aérea|defensas aéreas|defensa antiaérea|defensas antiaéreas|' +
        'antiaéreo|antiaérea|gepard|iris-t|nasams|patriot|grupos móviles de fuego|' +
        'guerra electrónica|interferencias|inhibidores|interceptor|interceptores|' +
        'cúpula de hierro|sistemas antiaéreos' +
        '|misiles tierra-aire|tierra-aire|grupos de fuego móviles|grupos móviles',
    ],
    [
      'tech',
      'alcance|kilómetros|km|ojiva|ojivas|carga útil|carga explosiva|motor|motores|' +
        'velocidad|guiado|sistema de guiado|gps|componentes|componente|chips|microchips|' +
        'coste|costo|barato|baratos|explosivos|kilogramos|kilos|kg|navegación|diseño|' +
        'diseñado|ala delta|autonomía|envergadura|cortacésped|propulsión' +
        '|repuestos|piezas de repuesto|electrónica|semiconductores|altitud|precio unitario',
    ],
    [
      'deny',
      'negó|niega|niegan|negaron|negar|negado|negativa|desmiente|desmintió|' +
        'desmienten|desmentido|desmentir|rechaza|rechazó|rechazan|rechazado|rechazar|' +
        'refuta|refutó|infundado|infundada|sin fundamento|falso|falsa|mentira|inventado|' +
        'propaganda|especulación|especulaciones|ningún arma|ninguna arma|nunca suministró|' +
        'no ha suministrado|nunca envió|no ha enviado|no suministró|no es parte' +
        '|calumnia|calumnias|desinformación|absurdas|absurdo|absurda|ridículo|ridículas|categóricamente|tajantemente|rotundamente|sin pruebas|ninguna prueba|invenciones|difamación|tildó',
    ],
    [
      'admit',
      'admitió|admite|admiten|admitir|admitido|reconoció|reconoce|reconocen|' +
        'reconocido|reconocer|número reducido|pequeño número|número limitado|' +
        'cantidad limitada|antes de la guerra|antes del inicio de la guerra|' +
        'meses antes de la guerra|antes del conflicto' +
        '|reconocieron|admitieron|confesó',
    ],
    [
      'train',
      'entrenar|entrenó|entrenaron|entrenado|entrenamiento|instructor|formador|' +
        'formadores|capacitar|capacitación|capacitó|adiestrar|adiestramiento|adiestrado|' +
        'formación militar|formar a|enseñar|enseñaron|aprender a manejar|' +
        'aprender a operar|manejo de drones|manejo de los drones' +
        '|entrenan|entrenaban|instruyen|instruyeron|adiestran|adiestraron|capacitan|capacitaron|enseñan|enseña|a pilotar|pilotar|pilotaje',
    ],
    [
      'advisers',
      'asesor|asesores|asesores militares|especialista|técnicos|personal militar|' +
        'expertos militares|experto|personal iraní|operador|consejeros|militares iraníes' +
        '|oficiales iraníes|ingenieros|ingenieros iraníes',
    ],
    [
      'irgc',
      'guardia revolucionaria|guardianes de la revolución|' +
        'cuerpo de la guardia revolucionaria|guardia revolucionaria islámica|cgri|pasdarán|' +
        'fuerza quds|fuerza al quds|fuerza qods|fuerzas quds',
    ],
    [
      'produce',
      'producción|producir|produce|producen|producido|producida|fabricar|' +
        'fabricado|fabricada|fabricación|fábrica|planta|plantas|ensamblaje|ensamblado|' +
        'ensamblar|montaje|licencia|bajo licencia|localizar|localización|' +
        'línea de producción|cadena de producción|producción en masa|producción en serie|' +
        'mano de obra' +
        '|producirá|producía|fabrica|fabrican|fabricó|fabricaron|ensambla|ensamblan|construyen|en serie|réplica|réplicas|versión rusa|copia rusa',
    ],
    ['missile', 'misil|misiles|cohete|cohetes'],
    [
      'ballistic',
      'balístico|balística|fateh|fateh-110|fath-360|zolfaghar|tierra-tierra|' +
        'superficie-superficie' +
        '|misiles de corto alcance|misil de corto alcance',
    ],
    [
      'sanction',
      'sanción|sanciones|sancionado|sancionada|sancionar|sancionó|sancionaron|sanciona|sancionan|lista negra|' +
        'tesoro|departamento del tesoro|ofac|congelación de activos|activos congelados|' +
        'controles de exportación|medidas restrictivas|paquete de sanciones|penalizaciones' +
        '|medidas punitivas|restricciones a la exportación|controles a la exportación|nuevas sanciones|impuso sanciones|impone sanciones',
    ],
    [
      'un_violation',
      'resolución 2231|consejo de seguridad|violación|violaciones|viola|' +
        'violó|violan|violando|infringe|infringió|incumplimiento|embargo de armas|embargo|' +
        'snapback|resolución de la onu|mecanismo de reactivación' +
        '|vulnera|vulneran|vulneró|vulneración|incumple|incumplió|contraviene|contravino',
    ],
    [
      'diplomatic',
      'embajador|embajadores|embajadora|enviado especial|emisario|embajada|' +
        'acreditación|diplomáticos iraníes|los diplomáticos|número de diplomáticos|' +
        'personal diplomático|encargado de negocios|expulsar|expulsó|expulsado|expulsión|' +
        'rebajar|rebajó|romper relaciones|ruptura de relaciones|relaciones diplomáticas|' +
        'lazos diplomáticos|convocó|convocado|llamado a consultas|persona non grata|' +
        'retiró la acreditación' +
        '|diplomáticos|expulsa|expulsan|rompió relaciones|rompe relaciones|rompió lazos|rompe lazos|ruptura diplomática|convoca|llamó a consultas|consulado|cónsul|cancillería|reducir el personal',
    ],
    [
      'test_ground',
      'campo de pruebas|banco de pruebas|polígono de pruebas|' +
        'probado en combate|probados en combate|prueba en combate|pruebas en combate|' +
        'experiencia de combate|experiencia en combate|escaparate|condiciones reales|' +
        'laboratorio de pruebas|laboratorio bélico|laboratorio de guerra|' +
        'campo de batalla real' +
        '|en combate real|campo de batalla ucraniano|bautismo de fuego|probados en ucrania|probado en ucrania|probar en ucrania|probar sus drones|probar sus armas',
    ],
    [
      'stakes',
      'ingresos|beneficios|exportaciones de armas|mercado de armas|clientes|' +
        'compradores|prestigio|palanca|favores|ganancia|ganancias|ventaja|ventajas|riesgo|' +
        'riesgos|apuesta|cálculo|motivos|recompensa|réditos|contrapartidas' +
        '|negocio|lucrativo|lucrativa|rentable|provecho|sacar provecho|saca provecho|moneda de cambio|baza|sus propios intereses|reputación|pedidos',
    ],
    [
      'visit',
      'visita|visitas|visitó|visitar|viaje|viajó|viajes|llegó|llegada|se reunió|reunirse|' +
        'reunión|reuniones|encuentro|encuentros|cumbre|cumbres|conversaciones con|' +
        'viaje secreto|visita secreta|se entrevistó' +
        '|aterrizó|gira|estancia|se desplazó',
    ],
    [
      'persuade',
      'convencer|convenció|convencido|persuadir|persuadió|instar|instó|' +
        'presionar|presionó|mapas|mapa|plan|planes|planificar|planificó|planearon|planear|' +
        'pidió' +
        '|propuso|solicitó|insistió|rogó|suplicó|abogó',
    ],
    // A negated intervention (“a solution without foreign intervention”) names no concept.
    [
      [],
      'sin intervención extranjera|sin intervención externa|sin injerencia extranjera|sin injerencia externa',
    ],
    // Troops sent to Syria are its entry into the war; troops in Syria are only there.
    [['intervention', 'deploy', 'syria'], 'tropas a siria|soldados a siria'],
    [
      'deploy',
      'despliegue|desplegar|desplegó|desplegado|desplegada|refuerzo militar|tropas|cuerpo expedicionario|presencia militar|soldados rusos|militares rusos|efectivos',
    ],
    [
      'intervention',
      'intervención|intervenir|intervino|intervenciones|entrar en la guerra|entró en la guerra|operación militar|campaña militar|campaña|entrada en la guerra|se involucró|implicación militar',
    ],
    [
      'air_campaign',
      'campaña aérea|poder aéreo|cobertura aérea|apoyo aéreo|' +
        'aviones de guerra|aviones militares|cazabombarderos|bombarderos|' +
        'fuerzas aeroespaciales|aviación rusa|aviación|fuerza aérea' +
        '|aviones rusos|aeronaves rusas|aviación militar',
    ],
    [
      'rescue',
      'salvar|salvó|salvado|salvaron|rescatar|rescate|mantener en el poder|' +
        'mantuvo en el poder|sostener|sostuvo|apuntalar|apuntaló|cambió el rumbo|' +
        'supervivencia|sobrevivir|tabla de salvación|salvavidas|al borde del colapso' +
        '|mantuvo a flote|salvación|balón de oxígeno|rescataron|evitar la caída|evitó la caída|impedir la caída|impidió la caída|evitar el colapso|evitó el colapso',
    ],
    [
      'backing',
      'apoyo|apoyar|apoyó|apoyado|apoya|apoyan|respaldo|respaldar|respaldó|' +
        'respalda|aliado|aliada|patrocinador|padrino|protector|codo con codo|junto a|' +
        'conjuntamente|coordinar|coordinado|coordinación|coordinó|de la mano' +
        '|ayuda|ayudó|ayudaron|ayudar|ayudan|ayudaba|conjunto|conjunta|conjuntos|conjuntas|juntos|coordinaron|coordinada|valedor|valedores|sostén|apoyaban|apoyaba|respaldaban|respaldan',
    ],
    [
      'talks',
      'garante|garantes|países garantes|zonas de desescalada|zona de desescalada|' +
        'desescalada|alto el fuego|cese al fuego|tregua|conversaciones de paz|' +
        'negociaciones de paz|trilateral|proceso de paz|comité constitucional|' +
        'solución política|negociaciones' +
        '|mediación|mediador|mediadores|acuerdo de paz|declaración conjunta|tripartita|tripartito|cumbre tripartita',
    ],
    [
      'base',
      'base|bases|base aérea|bases aéreas|base naval|bases navales|base militar|' +
        'puerto|puertos|instalación naval|arrendamiento|contrato de arrendamiento|' +
        'instalaciones militares' +
        '|aeródromo|aeropuerto militar|enclave|enclaves|infraestructura militar|presencia naval',
    ],
    [
      'militia',
      'milicia|milicias|milicianos|miliciano|fuerzas proxy|grupos afines|' +
        'apoderados|hezbolá|hizbulá|hizbolá|hezbollah|fatemiyún|fatemiyoun|zainabiyún|' +
        'combatientes chiíes|combatientes chiitas|milicias chiíes|milicias chiitas|' +
        'combatientes extranjeros|fuerzas terrestres|tropas terrestres|sobre el terreno|' +
        'en el terreno|combatientes' +
        '|fuerzas proiraníes|proiraníes|proiraní|pro iraníes|milicias proiraníes|paramilitares|mercenarios|tropas iraníes|fuerzas iraníes|combatientes afganos|fuerzas afines',
    ],
    // Negated unity: "not with one voice", "not on the same line" between the two.
    [
      'friction',
      'no hablan con una sola voz|no siempre hablan con una sola voz|no hablan con una misma voz|no están en la misma línea|no siempre están en la misma línea',
    ],
    [
      'friction',
      'rivalidad|rivalidades|rival|rivales|competencia|competidor|competir|' +
        'tensión|tensiones|fricción|fricciones|choque|choques|enfrentamiento|desacuerdo|' +
        'disputa|divergencia|divergencias|discrepancias|matrimonio de conveniencia|' +
        'intereses divergentes' +
        '|compiten|competían|disputan|se disputan|roces|pugna|pugnas|intereses contrapuestos|intereses encontrados|distanciamiento|desencuentros|desencuentro|choque de intereses',
    ],
    [
      'influence',
      'influencia|contratos|reconstrucción|esferas de influencia|' +
        'zonas de influencia|intereses económicos|fosfato|fosfatos' +
        '|concesiones|licitaciones|peso económico|presencia económica|recursos naturales',
    ],
    [
      'deconfliction',
      'desconflicto|línea directa|teléfono rojo|hacer la vista gorda|' +
        'hizo la vista gorda|vista gorda|luz verde|tácito|tácita|acuerdo tácito|' +
        'mecanismo de coordinación|permitió a israel' +
        '|canal de comunicación|coordinación con israel|tolera|toleró|toleraba|pasividad|mirar hacia otro lado|miró hacia otro lado|mira hacia otro lado|manos libres|carta blanca|no intervino|no interviene',
    ],
    ['isis', 'estado islámico|daesh|dáesh|isis' + '|el ei'],
    [
      'terror',
      'terrorismo|terrorista|terroristas|yihadista|yihadistas|extremistas|' +
        'extremista|antiterrorista|lucha antiterrorista|contraterrorismo' +
        '|grupos terroristas|islamistas radicales',
    ],
    [
      'withdraw',
      'retirar|retiró|retirada|retiro|retirado|repliegue|replegar|replegó|' +
        'redesplegar|redesplegó|redespliegue|trasladó|trasladar|traslado|' +
        'reducir su presencia|redujo su presencia|reducción de tropas|salida de tropas' +
        '|retiran|retiraron|replegaron|trasladaron|redujo su presencia|redujeron su presencia|abandonó siria|abandonaron siria|repatrió|repatriaron|reubicó|reubicaron|reubicación|trasladadas a ucrania|trasladados a ucrania|enviados a ucrania|desmanteló|desmantelamiento',
    ],
    [
      'fill',
      'llenar el vacío|llenó el vacío|llenar ese vacío|ocupar el vacío|' +
        'ocupó el vacío|cubrir el vacío|tomar el relevo|tomó el relevo|tomó el control|' +
        'tomar el control|posiciones abandonadas|posiciones desocupadas' +
        '|vacío de poder|el vacío|ese vacío|vacío dejado|llenar el hueco|cubrir el hueco|ocupar las posiciones|ocuparon las posiciones|ocupó las posiciones|tomaron posiciones|se hicieron con las posiciones|asumió el control|asumieron el control',
    ],
    [
      'fall',
      'caída|colapso|derrumbe|derrocado|derrocamiento|derrocar|depuesto|huyó|huida|' +
        'asilo|exilio|fin del régimen|post-asad|cayó' +
        '|desmoronamiento|se desmoronó|desplome|se desplomó|destituido|capituló|rendición|hundimiento|fin de la era',
    ],
    [
      ['post_assad', 'rebels'],
      'post-assad|nuevas autoridades de damasco|nuevas autoridades sirias|nuevo gobierno de damasco|nuevo gobierno sirio|gobierno de transición|gobierno interino|al sharaa|al-sharaa|sharaa',
    ],
    [
      'rebels',
      'rebelde|rebeldes|ofensiva rebelde|hts|hayat tahrir al sham|' +
        'hayat tahrir al-sham|tahrir al sham|al sharaa|al-sharaa|sharaa|jolani|al jolani|' +
        'yolani|insurgentes|opositores armados|ofensiva relámpago|islamistas' +
        '|opositores|grupos opositores|facciones rebeldes|facciones armadas|oposición siria|fuerzas opositoras|oposición armada',
    ],
    [
      'partnership',
      'asociación|socio|socios|alianza|alianzas|cooperación|cooperar|' +
        'colaboración|relación|relaciones|eje|vínculo|vínculos|lazos|amistad|alineamiento|' +
        'acercamiento|coalición|asociación estratégica' +
        '|entendimiento|hermanamiento',
    ],
    [
      'deepen',
      'profundizar|profundizó|profundización|crecer|creciente|crecientes|creció|' +
        'fortalecer|fortaleció|fortalecido|fortalecimiento|reforzar|reforzó|reforzado|' +
        'estrechar|estrechó|más estrecha|más estrechos|más estrecho|evolucionar|nueva fase|' +
        'nuevo capítulo|nuevo nivel|ampliar|amplió|ampliado|consolidar|consolidó|' +
        'consolidado|sellado|forjado|forjada|forjaron' +
        '|estrechan|crece|crecen|intensificar|intensificó|intensifican|intensificación|cada vez más estrecha|estrechamiento|afianzar|afianzó|afianzan|nueva etapa|salto cualitativo|refuerzan|fortalecen|profundizan',
    ],
    [
      'depend',
      'depender|ahora depende|depende de irán|depende de teherán|dependía de|dependiente|dependencia|recurrir a|recurrió a|socio menor|' +
        'socio mayor|socio principal|inversión de papeles|inversión de roles|' +
        'cambio de papeles|antes proveedor|ahora comprador' +
        '|recurrir a irán|recurre a irán|recurrió a irán|recurrir a teherán|recurre a teherán|recurrió a teherán|necesita a irán|necesita los drones iraníes|necesita drones iraníes|apoyarse en irán|obligada a recurrir|obligado a recurrir|cambio de roles',
    ],
    [
      'first_time',
      'primera vez|por primera vez|sin precedentes|inédito|inédita' +
        '|nunca antes|por vez primera',
    ],
    [
      'mistrust',
      'desconfianza|recelo|recelos|sospecha|sospechas|agravios|traición|' +
        'traicionado|resentimiento|límites|cautela|suspicacia|votó a favor de sanciones' +
        '|reticencias|reticencia|rencores|rencor|viejas heridas',
    ],
    [
      ['rescue', 'backing'],
      'en su auxilio|en auxilio|acudió en su ayuda|acudieron en su ayuda|acudir en ayuda|acudieron en ayuda|acudió en ayuda|en ayuda de|al rescate|acudieron al rescate|acudió al rescate',
    ],
    [
      ['friction', 'influence'],
      'lucha por la influencia|lucha de influencias|pugna por la influencia|pugna por influencia|carrera por la influencia',
    ],
    [
      ['anti_west', 'west'],
      'occidente colectivo|contra occidente|dominio occidental|frente común contra occidente',
    ],
    [['ties_econ', 'partnership'], 'cooperación energética|cooperación económica'],
    ['july', 'julio'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
    // Matters said in general words: evidence refused, front companies, vying, the toll.
    [
      'sanction',
      'empresa fantasma|empresas fantasma|empresa pantalla|empresas pantalla|sociedad pantalla|prohibición de viajar|añadidas a la lista|añadidos a la lista',
    ],
    [
      'friction',
      'se disputan|disputarse|se disputaban|desplazar a irán|desplazar a teherán|desbancar|relegar a irán',
    ],
    ['strike', 'destrucción|destrucciones|devastación|estragos'],
    ['civilian', 'muertes|víctimas mortales|fallecidos'],
    [
      'deny',
      'no tenemos información|no tenemos ninguna información|no disponemos de información|no tenemos constancia|no nos consta|políticamente motivado|políticamente motivada|políticamente motivados|políticamente motivadas|motivación política|motivaciones políticas|con fines políticos|no tiene información al respecto|no dispone de información|no tiene tal información|no tenemos tal información',
    ],
    ['strike', 'lanza|lanzan|lanzando|lanzar|lanzados|lanzadas'],
    [
      // Where a drone comes from, not what it is like: these name no concept.
      [],
      'diseño iraní|de diseño iraní|diseñado por irán|diseñados por irán|diseñado en irán|diseñados en irán',
    ],
    // Neutrality claimed ("we arm neither side") and a challenge to show "any" proof are denials;
    // the warring parties merely named, or proof promised, are not.
    [
      'deny',
      'ninguna de las partes|ninguno de los bandos|ningún bando|presentar cualquier prueba|a ninguno de los beligerantes',
    ],
    // Where a drone's parts were made (American chips, Western components) is what it is made of.
    [
      'tech',
      'piezas estadounidenses|piezas occidentales|de origen estadounidense|de origen occidental|fabricados en estados unidos|fabricadas en estados unidos|semiconductores|microelectrónica|componentes electrónicos',
    ],
    // A foreign minister names his term: the time a text tells (`../tenures.ts`).
    ['zarif_name', 'zarif|zarif'],
    [
      'fm_amirabdollahian',
      'amir abdolahian|amirabdolahian|abdolahian|amir-abdollahian|abdollahian',
    ],
    ['fm_araghchi', 'araqchi|araghchi|aragchi'],
    // An alliance only of convenience, and interests that differ, are the partners' rivalry.
    [
      'friction',
      'pacto de conveniencia|alianza de conveniencia|sociedad de conveniencia|difieren en sus intereses|difieren tanto|sus intereses difieren',
    ],
    ['since', 'desde'],
  ],
};
