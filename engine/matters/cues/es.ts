/** Matter cues for language 'es': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

/**
 * Spanish cues. Inflection rules are only "-s" and "-es", so verb forms, feminines and the
 * accented preterites are listed; multi-word forms inflect only their last word.
 */
export const ES_CUES: CueLexicon = {
  lang: 'es',
  cues: [
    // Phrases first where a word alone would mean another concept.
    [
      'anti_west',
      'sanciones occidentales|bajo sanciones|eludir las sanciones|' +
        'evadir las sanciones|sortear las sanciones|burlar las sanciones|aislado|aislados|' +
        'aislada|aisladas|aislamiento|paria|parias|antioccidental|antioccidentales|' +
        'anti-occidental|antiestadounidense|antiestadounidenses|antiamericano|orden mundial|' +
        'mundo multipolar|multipolar|hegemonía|hegemonía occidental',
    ],
    [
      'ties_econ',
      'comercio|comercial|comerciales|intercambio comercial|gas|petróleo|' +
        'gazprom|acuerdo energético|inversión|inversiones|invertir|corredor|norte-sur|' +
        'ferrocarril|vía férrea|ferroviario|ferroviaria|banco|bancos|bancario|bancaria|sistema mir|tarjetas mir|' +
        'swift|rublo|rublos|rial|moneda|monedas|divisas|monedas nacionales|tratado|tratados|' +
        'tratado de asociación estratégica|memorando|económico|económica|económicos|' +
        'económicas|economía|trigo|aranceles|unión económica euroasiática',
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
        'sector energético',
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
    [
      'iran_leader',
      'jamenei|jameneí|khamenei|líder supremo|guía supremo|raisi|raisí|' +
        'pezeshkian|pezeshkián|rohaní|rohani|ahmadineyad|ahmadinejad|mojber|mokhber|' +
        'presidente iraní',
    ],
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
      'ucrania|ucraniano|ucraniana|ucranianos|ucranianas|zelenski|zelensky|' + 'gobierno ucraniano',
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
        'proveedor|proporcionar|proporcionó|proporcionado|abastecer|abasteció|armar|dotar',
    ],
    [
      'shipment',
      'cargamento|cargamentos|lote|lotes|remesa|remesas|carga|cargas|' +
        'vuelos de carga|aviones de carga|avión de carga|puente aéreo|mar caspio|caspio|' +
        'vuelos|buque|buques|barco|barcos|primer lote|primer cargamento|primera entrega',
    ],
    [
      'quantity',
      'cientos|miles de|varios cientos|hasta varios cientos|gran número|' +
        'un gran número|grandes cantidades|decenas|más de mil|centenares|millares',
    ],
    [
      'intel',
      'inteligencia|servicios de inteligencia|información indica|' +
        'según nuestra información|evaluación|desclasificado|desclasificada|' +
        'imágenes satelitales|imágenes por satélite|imágenes de satélite|espionaje|' +
        'intercambio de inteligencia|centro de información|centro de inteligencia',
    ],
    [
      'cash',
      'efectivo|en efectivo|dinero en efectivo|billetes|euros|140 millones|dinero|' +
        'bolsas de dinero|maletas de dinero|fajos de billetes',
    ],
    ['gold', 'oro|lingote|lingotes|lingotes de oro|en oro|reservas de oro'],
    ['pay', 'pagar|pagó|paga|pagan|pagado|pagada|pago|pagaron|precio|abonó'],
    [
      'exchange',
      'a cambio|a cambio de|en contrapartida|como contrapartida|trueque|' +
        'intercambio por|como pago|en pago',
    ],
    [
      'captured_arms',
      'capturado|capturada|armas capturadas|incautado|incautada|javelin|' +
        'nlaw|stinger|armas occidentales|trofeos|botín|armamento occidental',
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
        'ataque masivo',
    ],
    [
      'civilian',
      'civiles|población civil|víctimas civiles|residencial|residenciales|' +
        'edificio residencial|edificios residenciales|edificio de viviendas|muerto|muerta|' +
        'muerte|muertes|mató|matando|fallecido|fallecieron|víctima|herido|herida|viviendas|' +
        'hogares|casas|hospital|hospitales|escuela',
    ],
    ['night', 'noche|durante la noche|por la noche|de madrugada|madrugada|nocturno|' + 'nocturna'],
    [
      'debris',
      'restos|escombros|fragmentos|pedazos|partes del dron|dron derribado|' +
        'drones derribados|chatarra|restos del dron',
    ],
    [
      'markings',
      'marcas|marcajes|inscripciones|inscripción|pintado|pintada|repintado|' +
        'rebautizado|rebautizada|renombrado|renombrada|número de serie|números de serie|' +
        'cirílico|cirílica|letras cirílicas|rotulado|nuevo nombre',
    ],
    [
      'identify',
      'identificado|identificada|identificar|identificación|prueba|evidencia|' +
        'confirmado|confirmada|confirmó|confirmar|confirman|fotos|fotografías|' +
        'imágenes muestran|examinado|examinaron|investigadores|forense|análisis|demostró|' +
        'demuestran',
    ],
    [
      'intercept',
      'derribado|derribada|derribar|derribó|derribaron|derribo|interceptado|' +
        'interceptada|interceptar|interceptó|interceptaron|intercepción|interceptación|' +
        'neutralizado|neutralizada|neutralizó|neutralizar|destruido en el aire|' +
        'destruidos en el aire|abatido|abatida|abatió',
    ],
    [
      'air_defence',
      'defensa aérea|defensas aéreas|defensa antiaérea|defensas antiaéreas|' +
        'antiaéreo|antiaérea|gepard|iris-t|nasams|patriot|grupos móviles de fuego|' +
        'guerra electrónica|interferencias|inhibidores|interceptor|interceptores|' +
        'cúpula de hierro|sistemas antiaéreos',
    ],
    [
      'tech',
      'alcance|kilómetros|km|ojiva|ojivas|carga útil|carga explosiva|motor|motores|' +
        'velocidad|guiado|sistema de guiado|gps|componentes|componente|chips|microchips|' +
        'coste|costo|barato|baratos|explosivos|kilogramos|kilos|kg|navegación|diseño|' +
        'diseñado|ala delta|autonomía|envergadura|cortacésped|propulsión',
    ],
    [
      'deny',
      'negó|niega|niegan|negaron|negar|negado|negativa|desmiente|desmintió|' +
        'desmienten|desmentido|desmentir|rechaza|rechazó|rechazan|rechazado|rechazar|' +
        'refuta|refutó|infundado|infundada|sin fundamento|falso|falsa|mentira|inventado|' +
        'propaganda|especulación|especulaciones|ningún arma|ninguna arma|nunca suministró|' +
        'no ha suministrado|nunca envió|no ha enviado|no suministró|no es parte',
    ],
    [
      'admit',
      'admitió|admite|admiten|admitir|admitido|reconoció|reconoce|reconocen|' +
        'reconocido|reconocer|número reducido|pequeño número|número limitado|' +
        'cantidad limitada|antes de la guerra|antes del inicio de la guerra|' +
        'meses antes de la guerra|antes del conflicto',
    ],
    [
      'train',
      'entrenar|entrenó|entrenaron|entrenado|entrenamiento|instructor|formador|' +
        'formadores|capacitar|capacitación|capacitó|adiestrar|adiestramiento|adiestrado|' +
        'formación militar|formar a|enseñar|enseñaron|aprender a manejar|' +
        'aprender a operar|manejo de drones|manejo de los drones',
    ],
    [
      'advisers',
      'asesor|asesores|asesores militares|especialista|técnicos|personal militar|' +
        'expertos militares|experto|personal iraní|operador|consejeros|militares iraníes',
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
        'mano de obra',
    ],
    ['missile', 'misil|misiles|cohete|cohetes'],
    [
      'ballistic',
      'balístico|balística|fateh|fateh-110|fath-360|zolfaghar|tierra-tierra|' +
        'superficie-superficie',
    ],
    [
      'sanction',
      'sanción|sanciones|sancionado|sancionada|sancionar|sancionó|sancionaron|sanciona|sancionan|lista negra|' +
        'tesoro|departamento del tesoro|ofac|congelación de activos|activos congelados|' +
        'controles de exportación|medidas restrictivas|paquete de sanciones|penalizaciones',
    ],
    [
      'un_violation',
      'resolución 2231|consejo de seguridad|violación|violaciones|viola|' +
        'violó|violan|violando|infringe|infringió|incumplimiento|embargo de armas|embargo|' +
        'snapback|resolución de la onu|mecanismo de reactivación',
    ],
    [
      'diplomatic',
      'embajador|embajadores|embajadora|enviado especial|emisario|embajada|' +
        'acreditación|diplomáticos iraníes|los diplomáticos|número de diplomáticos|' +
        'personal diplomático|encargado de negocios|expulsar|expulsó|expulsado|expulsión|' +
        'rebajar|rebajó|romper relaciones|ruptura de relaciones|relaciones diplomáticas|' +
        'lazos diplomáticos|convocó|convocado|llamado a consultas|persona non grata|' +
        'retiró la acreditación',
    ],
    [
      'test_ground',
      'campo de pruebas|banco de pruebas|polígono de pruebas|' +
        'probado en combate|probados en combate|prueba en combate|pruebas en combate|' +
        'experiencia de combate|experiencia en combate|escaparate|condiciones reales|' +
        'laboratorio de pruebas|laboratorio bélico|laboratorio de guerra|' +
        'campo de batalla real',
    ],
    [
      'stakes',
      'ingresos|beneficios|exportaciones de armas|mercado de armas|clientes|' +
        'compradores|prestigio|palanca|favores|ganancia|ganancias|ventaja|ventajas|riesgo|' +
        'riesgos|apuesta|cálculo|motivos|recompensa|réditos|contrapartidas',
    ],
    [
      'visit',
      'visita|visitas|visitó|visitar|viaje|viajó|viajes|llegó|llegada|se reunió|reunirse|' +
        'reunión|reuniones|encuentro|encuentros|cumbre|cumbres|conversaciones con|' +
        'viaje secreto|visita secreta|se entrevistó',
    ],
    [
      'persuade',
      'convencer|convenció|convencido|persuadir|persuadió|instar|instó|' +
        'presionar|presionó|mapas|mapa|plan|planes|planificar|planificó|planearon|planear|' +
        'pidió',
    ],
    [
      'intervention',
      'intervención|intervenir|intervino|intervenciones|' +
        'entrar en la guerra|entró en la guerra|despliegue|desplegar|desplegó|desplegado|' +
        'desplegada|operación militar|campaña militar|campaña|refuerzo militar|tropas|' +
        'cuerpo expedicionario|presencia militar',
    ],
    [
      'air_campaign',
      'campaña aérea|poder aéreo|cobertura aérea|apoyo aéreo|' +
        'aviones de guerra|aviones militares|cazabombarderos|bombarderos|' +
        'fuerzas aeroespaciales|aviación rusa|aviación|fuerza aérea',
    ],
    [
      'rescue',
      'salvar|salvó|salvado|salvaron|rescatar|rescate|mantener en el poder|' +
        'mantuvo en el poder|sostener|sostuvo|apuntalar|apuntaló|cambió el rumbo|' +
        'supervivencia|sobrevivir|tabla de salvación|salvavidas|al borde del colapso',
    ],
    [
      'backing',
      'apoyo|apoyar|apoyó|apoyado|apoya|apoyan|respaldo|respaldar|respaldó|' +
        'respalda|aliado|aliada|patrocinador|padrino|protector|codo con codo|junto a|' +
        'conjuntamente|coordinar|coordinado|coordinación|coordinó|de la mano',
    ],
    [
      'talks',
      'garante|garantes|países garantes|zonas de desescalada|zona de desescalada|' +
        'desescalada|alto el fuego|cese al fuego|tregua|conversaciones de paz|' +
        'negociaciones de paz|trilateral|proceso de paz|comité constitucional|' +
        'solución política|negociaciones',
    ],
    [
      'base',
      'base|bases|base aérea|bases aéreas|base naval|bases navales|base militar|' +
        'puerto|puertos|instalación naval|arrendamiento|contrato de arrendamiento|' +
        'instalaciones militares',
    ],
    [
      'militia',
      'milicia|milicias|milicianos|miliciano|fuerzas proxy|grupos afines|' +
        'apoderados|hezbolá|hizbulá|hizbolá|hezbollah|fatemiyún|fatemiyoun|zainabiyún|' +
        'combatientes chiíes|combatientes chiitas|milicias chiíes|milicias chiitas|' +
        'combatientes extranjeros|fuerzas terrestres|tropas terrestres|sobre el terreno|' +
        'en el terreno|combatientes',
    ],
    [
      'friction',
      'rivalidad|rivalidades|rival|rivales|competencia|competidor|competir|' +
        'tensión|tensiones|fricción|fricciones|choque|choques|enfrentamiento|desacuerdo|' +
        'disputa|divergencia|divergencias|discrepancias|matrimonio de conveniencia|' +
        'intereses divergentes',
    ],
    [
      'influence',
      'influencia|contratos|reconstrucción|esferas de influencia|' +
        'zonas de influencia|intereses económicos|fosfato|fosfatos',
    ],
    [
      'deconfliction',
      'desconflicto|línea directa|teléfono rojo|hacer la vista gorda|' +
        'hizo la vista gorda|vista gorda|luz verde|tácito|tácita|acuerdo tácito|' +
        'mecanismo de coordinación|permitió a israel',
    ],
    ['isis', 'estado islámico|daesh|dáesh|isis'],
    [
      'terror',
      'terrorismo|terrorista|terroristas|yihadista|yihadistas|extremistas|' +
        'extremista|antiterrorista|lucha antiterrorista|contraterrorismo',
    ],
    [
      'withdraw',
      'retirar|retiró|retirada|retiro|retirado|repliegue|replegar|replegó|' +
        'redesplegar|redesplegó|redespliegue|trasladó|trasladar|traslado|' +
        'reducir su presencia|redujo su presencia|reducción de tropas|salida de tropas',
    ],
    [
      'fill',
      'llenar el vacío|llenó el vacío|llenar ese vacío|ocupar el vacío|' +
        'ocupó el vacío|cubrir el vacío|tomar el relevo|tomó el relevo|tomó el control|' +
        'tomar el control|posiciones abandonadas|posiciones desocupadas',
    ],
    [
      'fall',
      'caída|colapso|derrumbe|derrocado|derrocamiento|derrocar|depuesto|huyó|huida|' +
        'asilo|exilio|fin del régimen|post-asad|cayó',
    ],
    [
      'rebels',
      'rebelde|rebeldes|ofensiva rebelde|hts|hayat tahrir al sham|' +
        'hayat tahrir al-sham|tahrir al sham|al sharaa|al-sharaa|sharaa|jolani|al jolani|' +
        'yolani|insurgentes|opositores armados|ofensiva relámpago|islamistas',
    ],
    [
      'partnership',
      'asociación|socio|socios|alianza|alianzas|cooperación|cooperar|' +
        'colaboración|relación|relaciones|eje|vínculo|vínculos|lazos|amistad|alineamiento|' +
        'acercamiento|coalición|asociación estratégica',
    ],
    [
      'deepen',
      'profundizar|profundizó|profundización|crecer|creciente|crecientes|creció|' +
        'fortalecer|fortaleció|fortalecido|fortalecimiento|reforzar|reforzó|reforzado|' +
        'estrechar|estrechó|más estrecha|más estrechos|más estrecho|evolucionar|nueva fase|' +
        'nuevo capítulo|nuevo nivel|ampliar|amplió|ampliado|consolidar|consolidó|' +
        'consolidado|sellado|forjado|forjada|forjaron',
    ],
    [
      'depend',
      'depender|ahora depende|depende de irán|depende de teherán|dependía de|dependiente|dependencia|recurrir a|recurrió a|socio menor|' +
        'socio mayor|socio principal|inversión de papeles|inversión de roles|' +
        'cambio de papeles|antes proveedor|ahora comprador',
    ],
    ['first_time', 'primera vez|por primera vez|sin precedentes|inédito|inédita'],
    [
      'mistrust',
      'desconfianza|recelo|recelos|sospecha|sospechas|agravios|traición|' +
        'traicionado|resentimiento|límites|cautela|suspicacia|votó a favor de sanciones',
    ],
    ['july', 'julio'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
  ],
};
