/** Matter cues for language 'pt': the words that name each concept (`../concepts.ts`). */
import type { CueLexicon } from './types';

/**
 * Portuguese cues, Brazilian and European spellings. Inflection rules are only "-s" and "-es",
 * so verb forms and feminines are listed; forms shared with Spanish keep the Spanish row.
 */
export const PT_CUES: CueLexicon = {
  lang: 'pt',
  cues: [
    // False friends (issue #11): "porta" (door, porta-voz) is no "port", "usar" (use) no "USA",
    // "o cargo" (the post) no cargo.
    [
      [],
      'porta|portas|usar|usam|usou|usado|usada|usados|usadas|usasse|usando|o cargo|do cargo|no cargo|ao cargo|seu cargo|um cargo',
    ],
    // Phrases first where a word alone would mean another concept.
    [
      'anti_west',
      'sanções ocidentais|sob sanções|contornar as sanções|driblar as sanções|' +
        'burlar as sanções|escapar das sanções|isolado|isolados|isolada|isoladas|isolamento|' +
        'pária|párias|antiocidental|antiocidentais|anti-ocidental|antiamericano|' +
        'antiamericana|ordem mundial|mundo multipolar|multipolar|hegemonia|' +
        'hegemonia ocidental' +
        '|imperialismo|imperialista|imperialistas|unipolar|estados párias|estados pária',
    ],
    [
      'ties_econ',
      'comércio|comercial|comerciais|intercâmbio comercial|gás|petróleo|' +
        'gazprom|acordo energético|investimento|investimentos|investir|corredor|norte-sul|' +
        'ferrovia|ferroviário|ferroviária|banco|bancos|bancário|bancária|sistema mir|cartões mir|swift|rublo|' +
        'rublos|rial|moeda|moedas|moedas nacionais|tratado|tratados|memorando|econômico|' +
        'econômica|económico|económica|econômicos|econômicas|economia|trigo|tarifas|' +
        'união econômica eurasiática|tratado de parceria estratégica' +
        '|exportações|livre comércio|zona de livre comércio|acordo comercial|trocas comerciais',
    ],
    [
      'energy',
      'rede elétrica|redes elétricas|rede eléctrica|infraestrutura energética|' +
        'infraestruturas energéticas|instalações energéticas|sistema energético|' +
        'usina elétrica|usinas elétricas|usina de energia|usinas de energia|' +
        'central elétrica|centrais elétricas|termelétrica|termelétricas|termoelétrica|' +
        'hidrelétrica|subestação|subestações|eletricidade|electricidade|apagão|apagões|' +
        'cortes de energia|corte de energia|falta de luz|sem luz|sem energia|aquecimento|' +
        'infraestrutura crítica|infraestruturas críticas|linhas de transmissão|' +
        'fornecimento de energia|fornecimento elétrico|setor energético|sector energético' +
        '|transformadores|transformador|usinas|centrais|instalações elétricas|sistema elétrico|às escuras|no escuro|sem luz|sem energia|sem eletricidade|fornecimento de energia|fornecimento elétrico|abastecimento de energia|abastecimento elétrico|cortes de energia|corte de energia|falta de luz|aquecimento|água quente|geração de energia|linhas de transmissão|ukrenergo',
    ],
    [
      'miltech',
      'su-35|sukhoi|s-300|s-400|mig-29|yak-130|caças|aviões de combate|' +
        'aviões de caça|helicópteros de ataque|mi-28|satélite|satélites|khayyam|' +
        'exercícios navais|exercício naval|manobras navais|exercícios conjuntos|' +
        'exercício conjunto|manobras conjuntas|técnico-militar|cooperação técnico-militar|' +
        'jogos de guerra',
    ],
    [
      'nuclear',
      'nuclear|nucleares|acordo nuclear|jcpoa|enriquecimento|urânio enriquecido|' +
        'urânio|aiea|atômico|atómico|atômica|atómica|programa nuclear',
    ],
    [
      'iran_leader',
      'khamenei|aiatolá khamenei|aiatolá|líder supremo|guia supremo|presidente iraniano',
    ],
    // A president names his term: the time a text tells (`../tenures.ts`).
    [['iran_leader', 'pres_rouhani'], 'rohani|rouhani'],
    [['iran_leader', 'pres_raisi'], 'raisi|ebrahim raisi|mokhber'],
    [['iran_leader', 'pres_ahmadinejad'], 'ahmadinejad'],
    [['iran_leader', 'pres_pezeshkian'], 'pezeshkian'],
    ['putin', 'putin|vladimir putin'],
    ['soleimani', 'soleimani|suleimani|qassem soleimani|qasem soleimani'],
    [
      'assad',
      'assad|al-assad|bashar|bashar al-assad|regime sírio|regime de damasco|' +
        'regime de assad|governo sírio|damasco|o regime',
    ],
    ['tehran', 'teerã|teerão'],
    ['moscow', 'moscou|moscovo|kremlin'],
    [
      'white_house',
      'casa branca|jake sullivan|sullivan|kirby|john kirby|' +
        'conselho de segurança nacional|conselheiro de segurança nacional|' +
        'assessor de segurança nacional',
    ],
    [
      'us',
      'estados unidos|eua|americano|americana|americanos|americanas|norte-americano|' +
        'norte-americana|norte-americanos|norte-americanas|estadunidense|estadunidenses|' +
        'washington|pentágono|departamento de estado|governo biden|administração biden|' +
        'biden|blinken|cia',
    ],
    [
      'israel',
      'israel|israelense|israelenses|israelita|israelitas|idf|fdi|netanyahu|' +
        'bennett|golã|colinas de golã|colinas do golã|mossad',
    ],
    ['turkey', 'turquia|turco|turca|turcos|turcas|ancara|ankara|erdogan|erdoğan'],
    ['iraq', 'iraque|iraquiano|iraquiana|iraquianos|iraquianas|bagdá|bagdade'],
    [
      'ukraine',
      'ucrânia|ucraniano|ucraniana|ucranianos|ucranianas|zelensky|zelenski|' + 'governo ucraniano',
    ],
    ['syria', 'síria|sírio|sírios|sírias'],
    [
      'city',
      'cidade|cidades|kiev|kyiv|kharkiv|carcóvia|odessa|lviv|dnipro|zaporíjia|' +
        'zaporizhzhia|mykolaiv|kherson|sumy|chernihiv|vinnytsia|zhytomyr|kryvyi rih|poltava|' +
        'localidade|localidades',
    ],
    ['crimea', 'crimeia|península da crimeia|dzhankoi|região de kherson'],
    ['belarus', 'belarus|bielorrússia|bielorrusso|bielorrussa|bielorrussos|bielorrussas'],
    [
      'tatarstan',
      'alabuga|yelabuga|elabuga|tartaristão|tatarstão|tatarstan|' +
        'zona econômica especial|zona económica especial',
    ],
    ['kupiansk', 'kupiansk|kupyansk'],
    ['base_name', 'hmeimim|khmeimim|tartus|latakia|lataquia|shairat|tiyas|t4'],
    ['hamadan', 'hamadã|hamadan|nojeh'],
    [
      'astana',
      'astana|astaná|nur-sultan|sochi|sóchi|processo de astana|' +
        'formato de astana|negociações de astana|conversações de astana',
    ],
    ['europe', 'europa|guerra europeia|solo europeu|conflito europeu|guerra na europa'],
    ['west', 'ocidente|ocidental|ocidentais|otan|nato'],
    [
      'drone',
      'drone|drones|drone kamikaze|drones kamikaze|kamikaze|shahed|geran|mohajer|' +
        'vant|vants|veículo aéreo não tripulado|veículos aéreos não tripulados|' +
        'não tripulado|não tripulados|aeronave não tripulada|aeronaves não tripuladas|' +
        'munição vagante|drones suicidas|drone suicida',
    ],
    [
      'supply',
      'fornecer|forneceu|fornece|fornecem|forneceram|fornecido|fornecida|' +
        'fornecimento|fornecedor|fornecedores|entregar|entregou|entrega|entregue|' +
        'entregaram|enviar|enviou|envia|enviam|enviado|enviada|enviaram|envio|vender|' +
        'vendeu|vende|vendem|venderam|vendido|vendida|venda|comprar|comprou|compra|compram|' +
        'compraram|comprado|adquirir|adquiriu|adquirido|aquisição|receber|recebeu|recebido|' +
        'recebe|recebem|obter|obteve|importar|importou|importações|transferir|transferiu|' +
        'transferido|transferência|transferências|abastecer|abasteceu|armar|equipar|' +
        'repassar|repassou' +
        '|fornecia|forneciam|fornecerá|forneceria|entregará|entregaria|enviará|enviaria|enviava|enviavam|mandou|mandaram|vendia|venderá|comprava|compravam|adquire|adquiriram|recebia|recebiam|receberá|obtém|obteve|obtiveram|provê|proveu|abasteceu|abastece|abastecer|abastecimento|transfere|transferiram|cedeu|cedido|exportou|exporta|exportado|importa|importou|fez chegar|fizeram chegar|faz chegar|remeteu|despachou|despachado|despachados',
    ],
    [
      'shipment',
      'carregamento|carregamentos|lote|lotes|remessa|remessas|carga|cargas|' +
        'voos de carga|aviões de carga|avião de carga|aviões cargueiros|cargueiro|' +
        'cargueiros|ponte aérea|mar cáspio|cáspio|voos|navio|navios|primeiro lote|' +
        'primeiro carregamento|primeira entrega|primeira remessa' +
        '|por mar|por via marítima|via marítima|por via aérea|via aérea|contêineres|contentores|primeiro envio|envios',
    ],
    // Stocks running low and their resupply: the scale and timeline of the deliveries.
    [
      'supply',
      'reabastecer|reabastecimento|reabasteceu|repor os estoques|repor as reservas|repor os stocks',
    ],
    ['quantity', 'estoque|estoques|stock|stocks|reservas|arsenal'],
    [
      'quantity',
      'centenas|milhares|várias centenas|até várias centenas|grande número|' +
        'um grande número|grandes quantidades|dezenas|mais de mil' +
        '|em massa|massivamente|grande quantidade|vários milhares|às centenas|aos milhares|centenas de|milhares de',
    ],
    [
      'intel',
      'inteligência|serviços de inteligência|serviços secretos|' +
        'informações indicam|segundo nossas informações|avaliação|desclassificado|' +
        'desclassificada|desclassificados|desclassificadas|imagens de satélite|' +
        'imagens por satélite|espionagem|partilha de informações|' +
        'compartilhamento de inteligência|troca de informações|centro de informações|' +
        'centro de inteligência' +
        '|segundo relatórios|relatório de inteligência|relatórios de inteligência|estimativas|agências de inteligência|espiões',
    ],
    [
      'cash',
      'dinheiro vivo|em espécie|em dinheiro|dinheiro|cédulas|euros|140 milhões|' +
        'malas de dinheiro|sacos de dinheiro' +
        '|dólares|milhões de dólares|milhões de euros|em espécie|notas|malas',
    ],
    ['gold', 'ouro|lingotes|lingotes de ouro|em ouro|barras de ouro|reservas de ouro'],
    [
      'pay',
      'pagar|pagou|paga|pagam|pago|pagamento|pagamentos|preço|pagaram' +
        '|pagava|pagavam|desembolsou|desembolso|remuneração|quitou|quitar',
    ],
    [
      'exchange',
      'em troca|em troca de|em contrapartida|como contrapartida|permuta|' +
        'escambo|como pagamento|em pagamento' +
        '|troca|trocou|trocar|trocado|trocados|trocaram',
    ],
    [
      'captured_arms',
      'capturado|capturada|capturados|capturadas|armas capturadas|' +
        'apreendido|apreendida|javelin|nlaw|stinger|armas ocidentais|troféus|espólio|' +
        'armamento ocidental' +
        '|material ocidental|apreendidas|apreendidos|confiscadas|confiscados|armamento capturado|troféus de guerra',
    ],
    [
      ['air_campaign', 'strike'],
      'ataque aéreo|ataques aéreos|bombardeio|bombardeios|' +
        'bombardeou|bombardearam|bombardeado|bombardeada|bombardeamento|bombardeamentos',
    ],
    [
      'strike',
      'ataque|ataques|atacar|atacou|atacaram|atacado|atacada|golpe|golpes|' +
        'atingiu|atingiram|atingido|atingida|disparos|disparou|dispararam|lançou|lançaram|' +
        'lançado|lançamento|onda|ondas|onda de ataques|salva|salvas|bombardear|alvo|alvos|' +
        'alvejou|alvejado|explosão|explosões|enxame|enxames|investida|incursão|incursões|' +
        'ataque maciço' +
        '|atacam|atacavam|atacando|ataca|destruiu|destruído|destruída|destruídos|destruídas|danificou|danificado|danificada|danificados|danificadas|danos|devastou|devastado|arrasou|arrasado|caiu sobre|caíram sobre|explodiu|explodiram|detonações|atingem|atingia|martelou|castigou|ofensiva aérea',
    ],
    [
      'civilian',
      'civis|população civil|vítimas civis|residencial|residenciais|' +
        'prédio residencial|prédios residenciais|edifício residencial|' +
        'edifícios residenciais|morto|mortos|mortas|morte|mortes|matou|matando|morreram|' +
        'vítima|vítimas|ferido|ferida|casas|moradias|habitações|hospital|hospitais|escola|' +
        'balanço' +
        '|moradores|habitantes|crianças|prédio|prédios|edifício|edifícios|apartamentos|perderam a vida|sem-teto|desabrigados|mataram|feridos|feridas|ferindo|vítimas fatais|óbitos',
    ],
    [
      'night',
      'noite|durante a noite|à noite|madrugada|de madrugada|noturno|noturna|' +
        'nocturno|nocturna' +
        '|ao amanhecer|esta madrugada|nesta madrugada|ontem à noite',
    ],
    [
      'debris',
      'destroços|escombros|fragmentos|restos|pedaços|partes do drone|' +
        'drone abatido|drones abatidos|restos do drone' +
        '|estilhaços|sucata|carcaça|carcaças',
    ],
    [
      'markings',
      'marcações|marcas|inscrições|inscrição|pintado|pintada|repintado|' +
        'rebatizado|rebatizada|renomeado|renomeada|número de série|números de série|' +
        'cirílico|cirílica|letras cirílicas|novo nome' +
        '|logotipo|etiquetas|etiquetado|em persa|em farsi|inscrições em farsi',
    ],
    [
      'identify',
      'identificado|identificada|identificar|identificação|prova|provas|' +
        'evidência|evidências|confirmado|confirmada|confirmou|confirmar|confirmam|fotos|' +
        'fotografias|imagens mostram|examinado|examinaram|investigadores|perícia|forense|' +
        'análise|análises|demonstrou' +
        '|identificaram|comprova|comprovam|comprovou|comprovado|comprovaram|demonstra|demonstram|provam|provou|analisado|analisaram|investigação|origem iraniana|de origem iraniana|verificado|verificaram|verificou|constatou|atestam|atestou',
    ],
    [
      'intercept',
      'abatido|abatida|abater|abateu|abateram|derrubado|derrubada|derrubar|' +
        'derrubou|derrubaram|interceptado|interceptada|interceptar|interceptou|' +
        'interceptaram|interceptação|intercepção|neutralizado|neutralizada|neutralizou|' +
        'destruído no ar|destruídos no ar' +
        '|abate|abatem|derruba|derrubam|derrubados|derrubadas|intercepta|interceptam|interceptados|interceptadas|neutralizados|neutralizadas|abatidos|abatidas|destruídos em voo',
    ],
    [
      'air_defence',
      'defesa aérea|defesas aéreas|defesa antiaérea|defesas antiaéreas|' +
        'antiaéreo|antiaérea|gepard|iris-t|nasams|patriot|grupos móveis de fogo|' +
        'guerra eletrônica|guerra electrónica|interferência|bloqueadores|interceptor|' +
        'interceptores|interceptadores|cúpula de ferro|domo de ferro|sistemas antiaéreos' +
        '|mísseis terra-ar|terra-ar|baterias antiaéreas|artilharia antiaérea|grupos móveis|metralhadoras antiaéreas|drones interceptores',
    ],
    [
      'tech',
      'alcance|quilômetros|quilómetros|km|ogiva|ogivas|carga útil|carga explosiva|' +
        'motor|motores|velocidade|orientação|guiamento|gps|componentes|componente|chips|' +
        'microchips|custo|custos|barato|baratos|explosivos|quilos|quilogramas|kg|' +
        'navegação|projetado|concebido|asa delta|autonomia|envergadura|motocicleta|' +
        'cortador de grama' +
        '|peças|peças de reposição|sobressalentes|eletrônica|eletrônicos|electrónica|semicondutores|componentes ocidentais|componentes eletrônicos|altitude|hélice|hélices|preço unitário|capacidade de carga',
    ],
    [
      'deny',
      'negou|nega|negam|negaram|negar|negado|negativa|desmentiu|desmente|' +
        'desmentem|desmentido|desmentir|rejeita|rejeitou|rejeitam|rejeitado|rejeitar|' +
        'refuta|refutou|infundado|infundada|sem fundamento|falso|falsa|mentira|mentiras|' +
        'inventado|inventada|propaganda|especulação|especulações|nenhuma arma|' +
        'nunca forneceu|não forneceu|nunca enviou|não enviou|não é parte' +
        '|calúnia|calúnias|desinformação|absurdas|absurdo|absurda|ridículo|ridícula|ridículas|categoricamente|veementemente|sem provas|nenhuma prova|invenções|difamação|mentirosas|mentirosa|qualificou de falsas',
    ],
    [
      'admit',
      'admitiu|admite|admitem|admitir|admitido|reconheceu|reconhece|reconhecem|' +
        'reconhecido|reconhecer|número reduzido|pequeno número|número limitado|' +
        'quantidade limitada|antes da guerra|antes do início da guerra|' +
        'meses antes da guerra|antes do conflito' +
        '|reconheceram|admitiram|confessou|confessa',
    ],
    [
      'train',
      'treinar|treinou|treinaram|treinado|treinamento|treino|instrutor|' +
        'instrutores|formadores|capacitar|capacitação|capacitou|formação militar|ensinar|' +
        'ensinaram|aprender a operar|aprender a manusear|manuseio dos drones|manuseio de drones|manuseamento' +
        '|treinam|treinavam|treinando|instruem|instruíram|instruiu|capacitam|capacitaram|ensinam|ensinou|ensina|a pilotar|pilotar|pilotagem|treinamentos',
    ],
    [
      'advisers',
      'assessor|assessores|conselheiros|conselheiros militares|' +
        'assessores militares|especialista|técnicos|pessoal militar|especialistas militares|' +
        'perito|peritos|militares iranianos|pessoal|operador|operadores' +
        '|oficiais iranianos|engenheiros|engenheiros iranianos|militares da guarda',
    ],
    [
      'irgc',
      'guarda revolucionária|guardas revolucionários|guardiões da revolução|' +
        'corpo da guarda revolucionária|guarda revolucionária islâmica|cgri|pasdaran|' +
        'força quds|força al-quds|forças quds',
    ],
    [
      'produce',
      'produção|produzir|produz|produzem|produzido|produzida|fabricar|fabricado|' +
        'fabricada|fabricação|fábrica|fábricas|planta|usina de drones|montagem|montado|' +
        'montar|licença|sob licença|localizar|localização|linha de produção|' +
        'produção em massa|produção em série|mão de obra|mão-de-obra' +
        '|produzirá|produzia|produziam|produziu|produziram|fabrica|fabricam|fabricou|fabricaram|fabricados|fabricadas|monta|montam|montados|montadas|constrói|constroem|construiu|em série|réplica|réplicas|versão russa|cópia russa|linha de montagem',
    ],
    ['missile', 'míssil|mísseis|foguete|foguetes'],
    [
      'ballistic',
      'balístico|balística|fateh|fateh-110|fath-360|zolfaghar|terra-terra|' +
        'superfície-superfície' +
        '|mísseis de curto alcance|míssil de curto alcance|mísseis balísticos',
    ],
    [
      'sanction',
      'sanção|sanções|sancionado|sancionada|sancionar|sancionou|sancionaram|sanciona|sancionam|lista negra|' +
        'tesouro|departamento do tesouro|ofac|congelamento de bens|bens congelados|' +
        'ativos congelados|controles de exportação|controlos de exportação|' +
        'medidas restritivas|pacote de sanções|penalidades' +
        '|medidas punitivas|restrições à exportação|restrições de exportação|controles à exportação|novas sanções|impôs sanções|impõe sanções|sanções adicionais',
    ],
    [
      'un_violation',
      'resolução 2231|conselho de segurança|violação|violações|viola|' +
        'violou|violam|violando|infringe|infringiu|descumprimento|embargo de armas|embargo|' +
        'snapback|resolução da onu' +
        '|violam|infringem|desrespeita|desrespeitou|desrespeito|descumpre|descumpriu|contraria|em violação',
    ],
    [
      'diplomatic',
      'embaixador|embaixadores|embaixadora|enviado especial|emissário|' +
        'embaixada|embaixadas|acreditação|diplomatas|pessoal diplomático|' +
        'encarregado de negócios|expulsar|expulsou|expulso|expulsos|expulsão|rebaixar|' +
        'rebaixou|romper relações|rompimento de relações|ruptura das relações|' +
        'relações diplomáticas|laços diplomáticos|convocou|convocado|' +
        'chamado para consultas|persona non grata|retirou a acreditação' +
        '|expulsa|expulsam|expulsaram|rompeu relações|rompe relações|rompeu laços|ruptura diplomática|convoca|chamou para consultas|consulado|cônsul|chancelaria|reduzir o pessoal|retirou a acreditação|retirar a acreditação|rebaixamento',
    ],
    [
      'test_ground',
      'campo de testes|campo de provas|banco de ensaio|banco de testes|' +
        'testado em combate|testados em combate|teste em combate|experiência de combate|' +
        'experiência em combate|vitrine|montra|condições reais|laboratório de testes|' +
        'laboratório de guerra|campo de batalha real' +
        '|em combate real|campo de batalha ucraniano|batismo de fogo|testados na ucrânia|testado na ucrânia|testar na ucrânia|testar seus drones|testar suas armas|laboratório a céu aberto|prova de fogo',
    ],
    [
      'stakes',
      'receitas|receita|lucros|exportações de armas|mercado de armas|clientes|' +
        'compradores|prestígio|alavanca|favores|ganho|ganhos|benefício|benefícios|vantagem|' +
        'vantagens|risco|riscos|aposta|cálculo|motivos|recompensa|contrapartidas' +
        '|negócio|lucrativo|lucrativa|rentável|proveito|tirar proveito|tira proveito|moeda de troca|trunfo|seus próprios interesses|reputação|encomendas|divisas',
    ],
    [
      'visit',
      'visita|visitas|visitou|visitar|viagem|viajou|viagens|chegou|chegada|' +
        'se reuniu|reuniu-se|reunir-se|se reunir|reunião|reuniões|encontro|encontros|encontrou|cúpula|' +
        'cimeira|cúpulas|cimeiras|conversações com|viagem secreta|visita secreta' +
        '|aterrissou|aterrou|desembarcou|turnê|estadia|se deslocou|deslocação|esteve em',
    ],
    [
      'persuade',
      'convencer|convenceu|convencido|persuadir|persuadiu|instar|instou|' +
        'pressionar|pressionou|mapas|mapa|plano|planos|planejar|planejou|planear|pediu' +
        '|propôs|solicitou|insistiu|implorou|suplicou|defendeu|argumentou',
    ],
    // A negated intervention (“a solution without foreign intervention”) names no concept.
    [
      [],
      'sem intervenção estrangeira|sem intervenção externa|sem ingerência estrangeira|sem interferência estrangeira',
    ],
    // Troops sent to Syria are its entry into the war; troops in Syria are only there.
    [
      ['intervention', 'deploy', 'syria'],
      'tropas para a síria|tropas à síria|soldados para a síria',
    ],
    [
      'deploy',
      'implantação|envio de tropas|enviou tropas|mobilizou|reforço militar|tropas|corpo expedicionário|presença militar|soldados russos|militares russos|efetivos|contingente|contingentes|tropas russas|desdobramento|mobilização',
    ],
    [
      'intervention',
      'intervenção|intervir|interveio|intervenções|entrar na guerra|entrou na guerra|operação militar|campanha militar|campanha|entrada na guerra|se envolveu|envolvimento militar',
    ],
    [
      'air_campaign',
      'campanha aérea|poderio aéreo|poder aéreo|cobertura aérea|' +
        'apoio aéreo|aviões de guerra|aviões militares|caças-bombardeiros|bombardeiros|' +
        'forças aeroespaciais|aviação russa|aviação|força aérea' +
        '|aviões russos|aeronaves russas|aviação militar|jatos|caças russos',
    ],
    [
      'rescue',
      'salvar|salvou|salvaram|resgatar|resgate|manter no poder|' +
        'manteve no poder|sustentar|sustentou|virar o jogo|virou o jogo|sobrevivência|' +
        'sobreviver|tábua de salvação|à beira do colapso' +
        '|manteve à tona|salvação|balão de oxigênio|resgataram|evitar a queda|evitou a queda|impedir a queda|impediu a queda|evitar o colapso|evitou o colapso|sustentáculo',
    ],
    [
      'backing',
      'apoio|apoiar|apoiou|apoiado|apoia|apoiam|respaldo|respaldar|aliado|' +
        'aliada|patrocinador|padrinho|protetor|lado a lado|conjuntamente|coordenar|' +
        'coordenado|coordenação|coordenou|ao lado de' +
        '|ajuda|ajudou|ajudaram|ajudar|ajudam|ajudava|conjunto|conjunta|conjuntos|conjuntas|juntos|juntas|coordenaram|coordenada|sustentação|apoiavam|apoiava|respaldou|respaldam|patrocinou|protetores|padrinhos|aliados|aliadas',
    ],
    [
      'talks',
      'garante|garantes|países garantes|zonas de desescalada|' +
        'zona de desescalada|zonas de distensão|desescalada|cessar-fogo|trégua|' +
        'negociações de paz|conversações de paz|trilateral|processo de paz|' +
        'comitê constitucional|comité constitucional|solução política|negociações' +
        '|mediação|mediador|mediadores|acordo de paz|declaração conjunta|tripartite|cúpula tripartite|diálogo de paz',
    ],
    [
      'base',
      'base|bases|base aérea|bases aéreas|base naval|bases navais|base militar|' +
        'porto|portos|instalação naval|arrendamento|instalações militares' +
        '|aeródromo|aeroporto militar|enclave|enclaves|infraestrutura militar|presença naval|base de hmeimim',
    ],
    [
      'militia',
      'milícia|milícias|milicianos|miliciano|forças por procuração|hezbollah|' +
        'hizbollah|fatemiyoun|zainabiyoun|combatentes xiitas|milícias xiitas|' +
        'combatentes estrangeiros|forças terrestres|tropas terrestres|no terreno|' +
        'combatentes' +
        '|forças pró-iranianas|pró-iranianas|pró-iranianos|pró-iraniana|pró-iraniano|milícias pró-iranianas|paramilitares|mercenários|tropas iranianas|forças iranianas|combatentes afegãos|combatentes iranianos|forças aliadas do irã|grupos armados pró-irã',
    ],
    // Negated unity: "not with one voice", "not on the same line" between the two.
    [
      'friction',
      'não falam a uma só voz|não falam com uma só voz|nem sempre falam a uma só voz|não estão na mesma linha|nem sempre estão na mesma linha',
    ],
    [
      'friction',
      'rivalidade|rivalidades|rival|rivais|concorrência|concorrente|' +
        'concorrentes|competição|competir|tensão|tensões|fricção|fricções|atrito|atritos|' +
        'choque|choques|confronto|confrontos|desacordo|desacordos|disputa|disputas|' +
        'divergência|divergências|casamento de conveniência|interesses divergentes' +
        '|competem|competiam|disputam|disputa de|atritos|queda de braço|braço de ferro|interesses contraditórios|interesses conflitantes|interesses opostos|distanciamento|desentendimento|desentendimentos|desavença|desavenças|choque de interesses|concorrem|concorriam',
    ],
    [
      'influence',
      'influência|contratos|reconstrução|esferas de influência|' +
        'zonas de influência|interesses econômicos|interesses económicos|fosfato|fosfatos' +
        '|concessões|licitações|peso econômico|presença econômica|recursos naturais|mercados',
    ],
    [
      'deconfliction',
      'desconflito|desconflitação|linha direta|vista grossa|' +
        'fazer vista grossa|fez vista grossa|fechar os olhos|fechou os olhos|sinal verde|' +
        'luz verde|tácito|tácita|acordo tácito|mecanismo de coordenação|permitiu a israel' +
        '|canal de comunicação|coordenação com israel|tolera|tolerou|tolerava|passividade|mãos livres|carta branca|não interveio|não intervém|olhar para o outro lado|olhou para o outro lado|vista grossa',
    ],
    ['isis', 'estado islâmico|daesh|isis' + '|o ei|grupo ei|do ei'],
    [
      'terror',
      'terrorismo|terrorista|terroristas|jihadista|jihadistas|extremistas|' +
        'extremista|antiterrorista|contraterrorismo|luta antiterrorista' +
        '|grupos terroristas|islamistas radicais|radicais islâmicos',
    ],
    [
      'withdraw',
      'retirar|retirou|retirada|retirado|retirados|recuo|recuar|recuou|' +
        'redistribuir|reposicionar|reposicionou|reposicionamento|transferiu tropas|' +
        'reduzir sua presença|reduziu sua presença|' +
        'redução da presença|retirada de tropas' +
        '|retiram|retiraram|recuaram|transferiu|transferiram tropas|reduziu a presença|reduziram a presença|deixou a síria|deixaram a síria|abandonou a síria|repatriou|repatriaram|reposicionaram|realocou|realocaram|realocação|transferidas para a ucrânia|transferidos para a ucrânia|enviados para a ucrânia|desmobilizou|desmobilização|esvaziou|esvaziamento',
    ],
    [
      'fill',
      'preencher o vácuo|preencheu o vácuo|preencher o vazio|preencheu o vazio|' +
        'ocupar o vácuo|ocupou o vácuo|ocupar o vazio|tomar o lugar|tomou o lugar|' +
        'assumiu o controle|assumir o controle|posições abandonadas|posições desocupadas' +
        '|vácuo de poder|o vácuo|esse vácuo|o vazio|vazio deixado|vácuo deixado|ocupar as posições|ocuparam as posições|ocupou as posições|assumiram o controle|preencheram|preencheu|preencher|substituíram|substituiu|tomaram o lugar|tomou o lugar|assumiram as posições',
    ],
    [
      'fall',
      'queda|colapso|derrocada|deposto|destituído|derrubada do regime|' +
        'derrubado do poder|fugiu|fuga|asilo|exílio|fim do regime|caiu' +
        '|desmoronamento|desmoronou|ruiu|ruína|derrocado|derrubado|capitulou|rendição|colapsou|fim da era|foi derrubado|foi deposto',
    ],
    [
      ['post_assad', 'rebels'],
      'pós-assad|novas autoridades de damasco|novas autoridades sírias|novo governo de damasco|governo de transição|governo interino|al-sharaa|sharaa',
    ],
    [
      'rebels',
      'rebelde|rebeldes|ofensiva rebelde|hts|hayat tahrir al-sham|' +
        'tahrir al-sham|al-sharaa|sharaa|jolani|al-jolani|insurgentes|opositores armados|' +
        'ofensiva relâmpago|islamistas' +
        '|opositores|grupos opositores|facções rebeldes|facções armadas|oposição síria|forças de oposição|oposição armada|grupos rebeldes|avanço rebelde|avanço dos rebeldes',
    ],
    [
      'partnership',
      'parceria|parceiro|parceiros|aliança|alianças|cooperação|cooperar|' +
        'colaboração|relação|relações|eixo|vínculo|vínculos|laços|amizade|alinhamento|' +
        'aproximação|coalizão|coligação|parceria estratégica' +
        '|entendimento|irmandade|eixo moscou-teerã',
    ],
    [
      'deepen',
      'aprofundar|aprofundou|aprofundamento|crescer|crescente|crescentes|' +
        'cresceu|fortalecer|fortaleceu|fortalecido|fortalecimento|reforçar|reforçou|' +
        'reforçado|estreitar|estreitou|mais estreita|mais estreito|mais próximos|evoluir|' +
        'nova fase|novo capítulo|novo patamar|novo nível|ampliar|ampliou|ampliado|' +
        'consolidar|consolidou|consolidado|selado|forjado|forjada' +
        '|estreitam|cresce|crescem|intensificar|intensificou|intensificam|intensificação|cada vez mais estreita|estreitamento|aprofundam|fortalecem|reforçam|salto qualitativo|nova etapa|expandir|expandiu|expansão',
    ],
    [
      'depend',
      'depender|agora depende|depende do irã|depende do irão|dependente|' +
        'dependência|recorrer a|recorreu a|sócio menor|parceiro menor|parceiro júnior|' +
        'parceiro principal|inversão de papéis|inversão dos papéis|antes fornecedor|' +
        'agora comprador' +
        '|recorrer ao irã|recorre ao irã|recorreu ao irã|recorrer ao irão|recorreu ao irão|recorrer a teerã|precisa do irã|precisa do irão|precisa dos drones iranianos|dependência do irã|depende de teerã|obrigada a recorrer|obrigado a recorrer|troca de papéis|papéis se inverteram',
    ],
    [
      'first_time',
      'primeira vez|pela primeira vez|sem precedentes|inédito|inédita' +
        '|nunca antes|pela primeira vez na história|estreia|inédita na história',
    ],
    [
      'mistrust',
      'desconfiança|suspeita|suspeitas|queixas|traição|traído|ressentimento|' +
        'ressentimentos|limites|cautela|votou a favor de sanções' +
        '|reticências|reticência|rancor|rancores|velhas feridas|mágoas|ressalvas|reservas',
    ],
    [
      ['rescue', 'backing'],
      'em socorro|em seu socorro|em auxílio|em seu auxílio|acudiu|acudiram|veio em socorro|vieram em socorro|vieram em auxílio|veio em auxílio|em ajuda de|ao resgate|correram em socorro|correu em socorro',
    ],
    [
      ['friction', 'influence'],
      'luta por influência|disputa por influência|disputa de influência|corrida por influência|guerra de influência',
    ],
    [
      ['anti_west', 'west'],
      'ocidente coletivo|contra o ocidente|domínio ocidental|frente comum contra o ocidente|frente antiocidental',
    ],
    [
      ['ties_econ', 'partnership'],
      'cooperação energética|cooperação econômica|cooperação económica',
    ],
    ['july', 'julho'],
    ['y2015', '2015'],
    ['y2016', '2016'],
    ['y2022', '2022'],
    ['y2024', '2024'],
    [
      'deny',
      'não temos informação|não temos informações|não dispomos de informações|não temos conhecimento|politicamente motivado|politicamente motivada|politicamente motivados|politicamente motivadas|motivação política|motivações políticas|com fins políticos|não tem informações sobre|não dispõe de informações|não tem tal informação',
    ],
    ['strike', 'lança|lançam|lançando|lançar|lançados|lançadas'],
    [
      // Where a drone comes from, not what it is like: these name no concept.
      [],
      'design iraniano|de design iraniano|projetado pelo irã|projetados pelo irã',
    ],
    // Neutrality claimed ("we arm neither side") and a challenge to show "any" proof are denials;
    // the warring parties merely named, or proof promised, are not.
    [
      'deny',
      'nenhuma das partes|nenhum dos lados|nenhum lado|apresentar qualquer prova|a nenhum dos beligerantes',
    ],
    // Where a drone's parts were made (American chips, Western components) is what it is made of.
    [
      'tech',
      'peças americanas|peças ocidentais|de origem americana|de origem norte-americana|de origem ocidental|fabricados nos estados unidos|semicondutores|microeletrônica|microelectrónica|componentes eletrônicos|componentes electrónicos',
    ],
    // A foreign minister names his term: the time a text tells (`../tenures.ts`).
    ['zarif_name', 'zarif'],
    ['fm_amirabdollahian', 'amir-abdollahian|amirabdollahian|abdollahian'],
    ['fm_araghchi', 'araghchi|araqchi|araghtchi'],
    // An alliance only of convenience, and interests that differ, are the partners' rivalry.
    [
      'friction',
      'aliança de conveniência|pacto de conveniência|parceria de conveniência|diferem em seus interesses|seus interesses diferem',
    ],
    ['since', 'desde'],
  ],
};
