/**
 * Common English given-name variants, one group per formal name. A short form can belong to
 * several groups (`chris` is Christopher, Christine or Christina), so names match when they
 * share a group, and two formal names in different groups never match each other.
 */
const NICKNAME_GROUPS: Record<string, string[]> = {
  abigail: ['abby', 'abbie', 'gail'],
  albert: ['al', 'bert', 'bertie'],
  alexander: ['alex', 'alec', 'alek', 'sandy', 'xander', 'lex'],
  alexandra: ['alex', 'alexa', 'sandra', 'sandy', 'lexi', 'alexis'],
  alfred: ['al', 'alf', 'alfie', 'fred'],
  andrew: ['andy', 'drew'],
  anthony: ['tony', 'ant', 'antony'],
  barbara: ['barb', 'babs', 'barbie'],
  benjamin: ['ben', 'benny', 'benji'],
  catherine: ['cath', 'cathy', 'cat', 'kate', 'katie', 'kathy', 'cate', 'katherine', 'kathryn'],
  charles: ['charlie', 'chuck', 'chas', 'chaz'],
  christina: ['chris', 'tina', 'chrissy', 'kristina'],
  christine: ['chris', 'chrissy', 'kristine'],
  christopher: ['chris', 'kris', 'topher', 'kristopher', 'christoph'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davey', 'davy'],
  deborah: ['deb', 'debbie', 'debra', 'debby'],
  donald: ['don', 'donny'],
  dorothy: ['dot', 'dottie', 'dolly'],
  edward: ['ed', 'eddie', 'eddy', 'ted', 'teddy', 'ned'],
  elizabeth: ['liz', 'lizzie', 'lizzy', 'beth', 'betty', 'betsy', 'eliza', 'libby', 'elisabeth'],
  frederick: ['fred', 'freddie', 'freddy', 'fritz'],
  gregory: ['greg'],
  harold: ['harry', 'hal'],
  henry: ['harry', 'hank', 'hal'],
  jacob: ['jake'],
  james: ['jim', 'jimmy', 'jamie', 'jimbo'],
  janet: ['jan', 'jenny'],
  jennifer: ['jen', 'jenny', 'jenn', 'jennie'],
  jessica: ['jess', 'jessie'],
  john: ['jack', 'johnny', 'jon'],
  jonathan: ['jon', 'jonny', 'nathan'],
  joseph: ['joe', 'joey', 'jo'],
  josephine: ['jo', 'josie', 'jojo'],
  joshua: ['josh'],
  katherine: ['kate', 'katie', 'kathy', 'kat', 'kath', 'kitty', 'catherine', 'kathryn'],
  kenneth: ['ken', 'kenny'],
  lawrence: ['larry', 'laurie', 'laurence'],
  leonard: ['leo', 'len', 'lenny'],
  margaret: ['maggie', 'meg', 'peggy', 'peg', 'marge', 'margie', 'greta', 'maisie'],
  matthew: ['matt', 'matty'],
  michael: ['mike', 'mick', 'mickey', 'mikey', 'micky'],
  nicholas: ['nick', 'nicky', 'nico', 'nic', 'nicolas'],
  patricia: ['pat', 'patty', 'tricia', 'trish', 'patsy'],
  patrick: ['pat', 'paddy'],
  peter: ['pete', 'petey'],
  philip: ['phil', 'pip', 'phillip'],
  rebecca: ['becky', 'becca', 'bec'],
  richard: ['rick', 'ricky', 'dick', 'rich', 'richie'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert', 'robby'],
  ronald: ['ron', 'ronnie'],
  samantha: ['sam', 'sammy', 'sammie'],
  samuel: ['sam', 'sammy'],
  stephen: ['steve', 'stevie', 'steven', 'stephan'],
  susan: ['sue', 'susie', 'suzy', 'suzanne'],
  theodore: ['ted', 'teddy', 'theo'],
  thomas: ['tom', 'tommy', 'thom'],
  timothy: ['tim', 'timmy'],
  victoria: ['vicky', 'vicki', 'tori', 'vic'],
  william: ['bill', 'billy', 'will', 'willy', 'willie', 'liam'],
};

/** Maps every formal and short form to the formal names of its groups. */
const GROUPS_BY_NAME = buildGroupIndex(NICKNAME_GROUPS);

function buildGroupIndex(groups: Record<string, string[]>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const addToGroup = (name: string, formal: string) => {
    const known = index.get(name) ?? [];
    if (!known.includes(formal)) {
      index.set(name, [...known, formal]);
    }
  };

  for (const [formal, variants] of Object.entries(groups)) {
    addToGroup(formal, formal);
    for (const variant of variants) {
      addToGroup(variant, formal);
    }
  }
  return index;
}

/**
 * Returns the formal names that a folded given name can stand for, for example
 * `bill` -> [`william`]. A name outside the table stands for itself.
 */
export function givenNameGroups(given: string): readonly string[] {
  return GROUPS_BY_NAME.get(given) ?? [given];
}

/** Reports whether two folded given names are the same name or variants of one formal name. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }

  const groupsOfB = givenNameGroups(b);
  return givenNameGroups(a).some((formal) => groupsOfB.includes(formal));
}
