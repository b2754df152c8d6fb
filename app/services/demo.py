"""A believable demo shop, the same every time for the same seed: customers, 18 months of orders, cases, users.

"Bottega Aurora" sells ceramics, linen and kitchenware to Italy, Romania and the UK. The demo only fills an
empty database, and its users' passwords are their names — for trying the program, never for real work.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.business_hours import due_dates
from app.domain.enums import CaseKind, CaseStatus, Channel, CustomerWants, EventType, Role
from app.domain.text import phone_forms, search_document
from app.errors import Conflict
from app.services import audit, passwords
from app.services.database import Database
from app.services.demo_well_known import add_well_known
from app.services.settings import load_settings, set_settings_unchecked
from app.store.models import Case, CaseEvent, CaseLine, Customer, CustomerExternalId, Order, OrderLine, User
from app.store.types import utcnow

DEMO_USERS = (
    ("agent", "Giulia Bianchi", Role.AGENT, "it"),
    ("supervisor", "Marco Conti", Role.SUPERVISOR, "it"),
    ("admin", "Elena Popescu", Role.ADMIN, "ro"),
)

SHOP = {
    "shop.name": "Bottega Aurora",
    "shop.address": "Via dei Ceramisti 14 | 50125 Firenze | Italia",
    "shop.website": "www.bottega-aurora.example",
    "shop.email": "cura@bottega-aurora.example",
    "shop.currency": "EUR",
    "shop.language": "it",
    "shop.timezone": "Europe/Rome",
    "hours.holidays": "2026-12-08,2026-12-25,2026-12-26,2027-01-01,2027-01-06",
}

_FIRST = {
    "it": [
        "Giulia",
        "Niccolò",
        "Francesca",
        "Lorenzo",
        "Chiara",
        "Matteo",
        "Sofia",
        "Alessandro",
        "Martina",
        "Tommaso",
        "Beatrice",
        "Riccardo",
        "Ludovica",
        "Gabriele",
        "Aurora",
        "Federico",
        "Elisa",
        "Andrea",
    ],
    "ro": [
        "Ștefan",
        "Ioana",
        "Andrei",
        "Mădălina",
        "Răzvan",
        "Elena",
        "Mihai",
        "Alexandra",
        "Bogdan",
        "Cătălina",
        "Tudor",
        "Ana-Maria",
        "Dragoș",
        "Irina",
        "Ionuț",
        "Roxana",
        "Sorin",
        "Bianca",
    ],
    "en": [
        "Oliver",
        "Amelia",
        "Harry",
        "Isla",
        "George",
        "Emily",
        "Jack",
        "Charlotte",
        "Noah",
        "Poppy",
        "Øystein",
        "Jürgen",
        "Zoë",
        "Seán",
        "Chloé",
        "Björn",
        "Małgorzata",
        "Tomáš",
    ],
}
_LAST = {
    "it": [
        "Rossi",
        "Bianchi",
        "Esposito",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Costa",
        "Giordano",
        "Rinaldi",
        "Lombardi",
        "Moretti",
        "Fabbri",
        "Zanè",
    ],
    "ro": [
        "Țărână",
        "Popescu",
        "Ionescu",
        "Popa",
        "Dumitrescu",
        "Stănescu",
        "Gheorghiu",
        "Munteanu",
        "Constantinescu",
        "Răducanu",
        "Lăzărescu",
        "Vasilescu",
        "Bălan",
        "Șerban",
        "Stoica",
        "Matei",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Evans",
        "Thomas",
        "Müller",
        "Johansen",
        "O'Brien",
        "Nowak",
        "Dvořák",
        "Lefèvre",
        "Andersson",
        "Walsh",
    ],
}
_DOMAINS = {
    "it": ["libero.it", "gmail.com", "tiscali.it"],
    "ro": ["yahoo.ro", "gmail.com"],
    "en": ["gmail.com", "outlook.com", "btinternet.com"],
}
_PHONE_PREFIX = {"it": "+39 3", "ro": "+40 7", "en": "+44 7"}

PRODUCTS = [
    ("CER-BOWL-S", "Ciotola in ceramica dipinta", "blu / 14 cm", 1890),
    ("CER-BOWL-L", "Ciotola in ceramica dipinta", "verde / 24 cm", 3490),
    ("CER-PLATE-6", "Set 6 piatti piani Aurora", "bianco", 8900),
    ("CER-VASE", "Vaso Deruta fatto a mano", "giallo", 12900),
    ("MUG-ESP-2", "Coppia tazzine espresso", "terracotta", 1590),
    ("LIN-TBL-180", "Tovaglia in lino lavato", "salvia / 180 cm", 6900),
    ("LIN-TBL-240", "Tovaglia in lino lavato", "avorio / 240 cm", 8900),
    ("LIN-NAP-4", "Tovaglioli in lino, 4 pezzi", "grigio", 2900),
    ("OLV-BOARD", "Tagliere in legno d'ulivo", "40 cm", 4500),
    ("MOKA-6", "Caffettiera moka 6 tazze", "acciaio", 3990),
    ("CAND-SOY", "Candela di soia al fico", "200 g", 1450),
    ("GLS-TUMB-6", "Bicchieri in vetro soffiato, 6 pezzi", "ambra", 5400),
    ("THR-WOOL", "Plaid in lana merino", "ocra", 11900),
    ("SPN-SET", "Cucchiai in legno, set da 3", "faggio", 990),
]

_SUMMARIES = {
    CaseKind.WRONG_ITEM: [
        "Ricevuto il colore sbagliato",
        "Wrong size sent",
        "Am primit alt produs",
        "Arrivata la tovaglia da 180 invece di 240",
    ],
    CaseKind.DAMAGED: [
        "Ciotola arrivata rotta",
        "Vase cracked in transit",
        "Cutia a sosit strivită",
        "Tazzina scheggiata",
    ],
    CaseKind.MISSING_ITEM: [
        "Manca un articolo nel pacco",
        "Napkins missing from parcel",
        "Lipsește un produs din colet",
    ],
    CaseKind.DELAY: [
        "Consegna in ritardo",
        "Not delivered before 24 December as promised",
        "Coletul întârzie de o săptămână",
    ],
    CaseKind.COMPLAINT: [
        "Colore diverso dalla foto",
        "Courier was rude",
        "Calitatea nu corespunde descrierii",
        "Odore forte della candela",
    ],
}


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    orders: int
    cases: int
    users: tuple[str, ...]


DemoStep = Callable[[Session, random.Random, datetime], None]
#: Later parts of the program (credit, remedies…) add their demo data here, run after the core's.
EXTRA_STEPS: list[DemoStep] = []


def build_demo(
    db: Database,
    seed: int = 7,
    customers: int = 320,
    orders: int = 1100,
    cases: int = 72,
    now: datetime | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo shop in one transaction."""
    rng = random.Random(seed)
    now = now or utcnow()
    with db.write() as s:
        if s.scalar(select(func.count(Customer.id))) or s.scalar(select(func.count(Order.id))):
            raise Conflict(
                "The database already has customers or orders; the demo shop only fills an empty one."
            )
        set_settings_unchecked(s, SHOP)
        users = _users(s)
        custs = _customers(s, rng, customers, now)
        order_rows = _orders(s, rng, custs, orders, now)
        case_count = _cases(s, rng, order_rows, users, cases, now)
        _credit(s, rng, users, now)
        known_customers, known_orders = add_well_known(s, now)  # what the README's examples name
        for step in EXTRA_STEPS:
            step(s, rng, now)
        _remedies(s, rng, now)
        return DemoSummary(
            len(custs) + known_customers,
            len(order_rows) + known_orders,
            case_count,
            tuple(u.username for u in users),
        )


def _remedies(s: Session, rng: random.Random, now: datetime) -> None:
    """The proposals the agents saw, and the costs and savings of the demo's choices (app.services.remedies)."""
    from app.services.remedies import add_demo_proposals

    add_demo_proposals(s, rng, now)


def _users(s: Session) -> list[User]:
    result = []
    for username, display, role, lang in DEMO_USERS:
        user = s.scalar(select(User).where(User.username == username))
        if user is None:
            user = User(
                username=username,
                display_name=display,
                role=role.value,
                language=lang,
                password_hash=passwords.hash_demo_password(username),
                password_changed_at=utcnow(),
            )
            s.add(user)
        result.append(user)
    s.flush()
    return result


def _customers(s: Session, rng: random.Random, n: int, now: datetime) -> list[Customer]:
    result = []
    langs = ["it"] * 5 + ["ro"] * 3 + ["en"] * 2
    seen_emails: set[str] = set()
    for i in range(n):
        lang = langs[i % len(langs)]
        first, last = rng.choice(_FIRST[lang]), rng.choice(_LAST[lang])
        local = f"{_ascii(first)}.{_ascii(last)}".lower().replace(" ", "").replace("'", "")
        email = f"{local}@{rng.choice(_DOMAINS[lang])}"
        if email in seen_emails:
            email = f"{local}{i}@{rng.choice(_DOMAINS[lang])}"
        seen_emails.add(email)
        phone = (
            f"{_PHONE_PREFIX[lang]}{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        )
        consent = rng.random() < 0.6
        created = now - timedelta(days=rng.randint(30, 720))
        c = Customer(
            first_name=first,
            last_name=last,
            email=email if rng.random() > 0.02 else None,
            phone=phone,
            language=lang,
            marketing_consent=consent,
            marketing_consent_at=created if consent else None,
            created_at=created,
            updated_at=created,
        )
        c.search_text = search_document(first, last, c.email, phone, phone_forms(phone))
        c.external_ids.append(
            CustomerExternalId(source="shopify", external_id=str(6_100_000_000_000 + i * 7919))
        )
        s.add(c)
        result.append(c)
    s.flush()
    return result


def _ascii(text: str) -> str:
    from app.domain.text import fold

    return fold(text)


def _orders(s: Session, rng: random.Random, customers: list[Customer], n: int, now: datetime) -> list[Order]:
    result = []
    start = now - timedelta(days=548)
    # A few loyal customers buy often, many buy once or twice.
    weights = [rng.choice([1, 1, 1, 2, 2, 3, 5, 9]) for _ in customers]
    for i in range(n):
        cust = rng.choices(customers, weights=weights)[0]
        placed = start + timedelta(seconds=rng.randint(0, int((now - start).total_seconds()) - 3600))
        order = Order(
            source="shopify",
            number=str(1001 + i),
            external_id=str(5_200_000_000_000 + i),
            customer_id=cust.id,
            placed_at=placed,
            currency="EUR",
            status=rng.choice(["paid"] * 12 + ["refunded", "partially_refunded"]),
            fulfillment_status="fulfilled",
        )
        subtotal = 0
        for pos, (sku, name, variant, price) in enumerate(
            rng.sample(PRODUCTS, rng.choice([1, 1, 1, 2, 2, 3]))
        ):
            qty = rng.choice([1, 1, 1, 2])
            order.lines.append(
                OrderLine(
                    position=pos, sku=sku, name=name, variant=variant, quantity=qty, unit_price_minor=price
                )
            )
            subtotal += qty * price
        order.subtotal_minor = subtotal
        order.shipping_minor = 0 if subtotal >= 6900 else 690
        order.total_minor = subtotal + order.shipping_minor
        local = placed.date()
        if local.month == 12 and local.day <= 18:
            order.promised_by = date(local.year, 12, 24)
        else:
            order.promised_by = local + timedelta(days=5)
        order.delivered_at = placed + timedelta(days=rng.randint(2, 8))
        order.search_text = search_document(order.number, cust.first_name, cust.last_name, cust.email)
        s.add(order)
        result.append(order)
    s.flush()
    return result


def _cases(
    s: Session, rng: random.Random, orders: list[Order], users: list[User], n: int, now: datetime
) -> int:
    settings = load_settings(s)
    kinds, channels, statuses = list(CaseKind), list(Channel), list(CaseStatus)
    recent = sorted(orders, key=lambda o: o.placed_at)[-600:]
    chosen = rng.sample(recent, n)
    agent, supervisor = users[0], users[1]
    customers = {
        c.id: c for c in s.scalars(select(Customer).where(Customer.id.in_({o.customer_id for o in chosen})))
    }
    for i, order in enumerate(chosen):
        kind, channel, status = (
            kinds[i % len(kinds)],
            channels[i % len(channels)],
            statuses[i % len(statuses)],
        )
        opened = max(
            order.placed_at + timedelta(days=rng.randint(3, 20)), now - timedelta(days=rng.randint(0, 60))
        )
        opened = min(opened, now - timedelta(hours=rng.randint(1, 72)))
        first_due, res_due = due_dates(opened, channel, kind, settings)
        cust = customers[order.customer_id]
        summary = rng.choice(_SUMMARIES[kind])
        case = Case(
            customer_id=cust.id,
            order_id=order.id,
            kind=kind.value,
            channel=channel.value,
            status=status.value,
            wants=rng.choice(list(CustomerWants)).value,
            summary=summary,
            description="" if rng.random() < 0.4 else f"{summary}. Il cliente ha mandato una foto.",
            owner_id=(agent if rng.random() < 0.7 else supervisor).id,
            created_by_id=agent.id,
            updated_by_id=agent.id,
            created_at=opened,
            updated_at=opened,
            first_answer_due=first_due,
            resolution_due=res_due,
            currency=order.currency,
        )
        line = order.lines[0]
        case.lines.append(CaseLine(order_line_id=line.id, quantity=line.quantity))
        if status != CaseStatus.NEW:
            case.first_answered_at = opened + timedelta(minutes=rng.randint(10, 300))
        if status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
            case.resolved_at = opened + timedelta(hours=rng.randint(2, 60))
        if status == CaseStatus.CLOSED:
            case.closed_at = case.resolved_at + timedelta(days=1)
        if status == CaseStatus.AWAITING_CUSTOMER:
            case.paused_at = opened + timedelta(minutes=30)  # the status event below
        s.add(case)
        s.flush()
        case.search_text = search_document(
            str(case.id),
            cust.first_name,
            cust.last_name,
            cust.email,
            cust.phone,
            phone_forms(cust.phone),
            order.number,
            case.summary,
            case.description,
        )
        s.add(
            CaseEvent(
                case_id=case.id,
                at=opened,
                actor_id=agent.id,
                type=EventType.OPENED.value,
                text=summary,
                data={"channel": channel.value, "kind": kind.value},
            )
        )
        if status != CaseStatus.NEW:
            s.add(
                CaseEvent(
                    case_id=case.id,
                    at=opened + timedelta(minutes=30),
                    actor_id=agent.id,
                    type=EventType.STATUS.value,
                    text="",
                    data={"from": CaseStatus.NEW.value, "to": status.value},
                )
            )
        if rng.random() < 0.5:
            s.add(
                CaseEvent(
                    case_id=case.id,
                    at=opened + timedelta(minutes=5),
                    actor_id=agent.id,
                    type=EventType.NOTE.value,
                    text="Chiamata richiamata, cliente gentile.",
                    internal=True,
                )
            )
    s.flush()
    return n


def _asked(s: Session, case: Case, wished: int) -> tuple:
    """What an agent asks above their €25.00 on a demo case, within what may be asked (credit.max and
    credit.keep_cap_share of the item's price): keep-the-item credit where the item allows more than €25.00,
    else credit instead of a refund (the refund with its bonus), else an apology credit."""
    from app.domain.enums import Remedy
    from app.services.case_credit import cap_for

    settings = load_settings(s)
    for remedy in (Remedy.KEEP_AND_CREDIT, Remedy.CREDIT_INSTEAD_OF_REFUND):
        cap = cap_for(s, case, remedy, settings)
        if cap is not None and cap.allowed.minor // 50 * 50 > 2500:
            return remedy, max(2550, min(wished, cap.allowed.minor // 50 * 50))
    return Remedy.GOODWILL_EXTRA, 3000


def _credit(s: Session, rng: random.Random, users: list[User], now: datetime) -> None:
    """Store credit: vouchers on resolved cases (some spent on later orders), one expired grant, and a pending
    approval request on every case that awaits approval. Agent €25.00 per case and €100.00 a day, supervisor
    €250.00 per case."""
    from app.domain.enums import ApprovalStatus, EntryKind, GrantReason, Remedy
    from app.domain.money import Money
    from app.domain.vouchers import ALPHABET, check_symbol
    from app.store.models import ApprovalRequest, CreditEntry, CreditGrant

    set_settings_unchecked(
        s, {"limits.agent.case": "25.00", "limits.agent.daily": "100.00", "limits.supervisor.case": "250.00"}
    )
    agent = users[0]

    def code() -> str:
        data = "".join(rng.choice(ALPHABET) for _ in range(8))
        return data + check_symbol(data)

    def grant(
        customer_id: int,
        minor: int,
        at: datetime,
        expires: date,
        reason: GrantReason,
        ref: str | None,
        case_id: int | None,
        note: str = "",
    ) -> CreditGrant:
        g = CreditGrant(
            customer_id=customer_id,
            amount_minor=minor,
            currency="EUR",
            reason=reason.value,
            reason_ref=ref,
            case_id=case_id,
            expires_on=expires,
            code=code(),
            note=note,
            created_at=at,
            created_by_id=agent.id,
        )
        s.add(g)
        s.flush()
        s.add(
            CreditEntry(
                grant_id=g.id,
                kind=EntryKind.ISSUE.value,
                amount_minor=minor,
                currency="EUR",
                at=at,
                by_id=agent.id,
                note=note,
            )
        )
        audit.append(
            s,
            audit.Action.CREDIT_ISSUED,
            actor_id=agent.id,
            actor=agent.username,
            subject=f"grant {g.id}",
            data={
                "grant": g.id,
                "code": g.code,
                "customer": customer_id,
                "amount": Money(minor, "EUR").plain(),
                "currency": "EUR",
                "reason": reason.value,
                "ref": ref,
                "expires_on": expires.isoformat(),
            },
        )
        return g

    cases = list(s.scalars(select(Case).order_by(Case.id)))
    order_no = 5001
    for case in cases:
        if case.status in (CaseStatus.RESOLVED.value, CaseStatus.CLOSED.value) and rng.random() < 0.6:
            minor = rng.choice([500, 800, 1000, 1250, 1500, 2000])
            at = case.resolved_at or case.created_at
            g = grant(
                case.customer_id,
                minor,
                at,
                (at + timedelta(days=365)).date(),
                GrantReason.CASE,
                str(case.id),
                case.id,
            )
            case.remedy, case.amount_minor = Remedy.KEEP_AND_CREDIT.value, minor
            amount = {"amount": Money(minor, "EUR").plain(), "currency": "EUR"}
            s.add(
                CaseEvent(
                    case_id=case.id,
                    at=at,
                    actor_id=agent.id,
                    type=EventType.REMEDY_CHOSEN.value,
                    text=Remedy.KEEP_AND_CREDIT.value,
                    data={"remedy": Remedy.KEEP_AND_CREDIT.value, **amount},
                )
            )
            s.add(
                CaseEvent(
                    case_id=case.id,
                    at=at,
                    actor_id=agent.id,
                    type=EventType.CREDIT_ISSUED.value,
                    text=g.code,
                    data={"grant": g.id, "code": g.code, **amount},
                )
            )
            spent_at = at + timedelta(days=rng.randint(5, 40))
            if rng.random() < 0.4 and spent_at < now:
                spent = rng.randint(minor // 2, minor)
                total = -(-spent * 10 // 3) + rng.randint(0, 3000)  # the 30 % cap lets it through
                s.add(
                    CreditEntry(
                        grant_id=g.id,
                        kind=EntryKind.REDEEM.value,
                        amount_minor=-spent,
                        currency="EUR",
                        at=spent_at,
                        by_id=agent.id,
                        order_number=str(order_no),
                        order_total_minor=total,
                    )
                )
                audit.append(
                    s,
                    audit.Action.CREDIT_REDEEMED,
                    actor_id=agent.id,
                    actor=agent.username,
                    subject=f"grant {g.id}",
                    data={
                        "grant": g.id,
                        "order": str(order_no),
                        "applied": Money(spent, "EUR").plain(),
                        "order_total": Money(total, "EUR").plain(),
                        "currency": "EUR",
                    },
                )
                order_no += 1
        elif case.status == CaseStatus.AWAITING_APPROVAL.value:
            remedy, minor = _asked(s, case, rng.choice([3000, 4000, 4500, 6000]))
            at = now - timedelta(hours=rng.randint(1, 30))
            case.remedy, case.amount_minor = remedy.value, minor
            s.add(
                CaseEvent(
                    case_id=case.id,
                    at=at,
                    actor_id=agent.id,
                    type=EventType.REMEDY_CHOSEN.value,
                    text=remedy.value,
                    data={"remedy": remedy.value, "amount": Money(minor, "EUR").plain(), "currency": "EUR"},
                )
            )
            req = ApprovalRequest(
                case_id=case.id,
                customer_id=case.customer_id,
                remedy=remedy.value,
                amount_minor=minor,
                currency="EUR",
                reason="Cliente abituale, pezzo unico rotto",
                why="case_limit",
                status=ApprovalStatus.PENDING.value,
                requested_by_id=agent.id,
                requested_at=at,
                expires_at=now + timedelta(days=3),
                decision_reason="",
            )
            s.add(req)
            s.flush()
            s.add(
                CaseEvent(
                    case_id=case.id,
                    at=at,
                    actor_id=agent.id,
                    type=EventType.APPROVAL_REQUESTED.value,
                    text=req.reason,
                    data={
                        "request": req.id,
                        "amount": Money(minor, "EUR").plain(),
                        "currency": "EUR",
                        "why": ["case_limit"],
                    },
                )
            )
    # A welcome credit nobody spent, expired a while ago.
    customer_id = s.scalar(select(Customer.id).order_by(Customer.id).limit(1))
    at = now - timedelta(days=420)
    expires = (now - timedelta(days=55)).date()
    g = grant(customer_id, 1000, at, expires, GrantReason.MANUAL, None, None, "Benvenuto")
    s.add(
        CreditEntry(
            grant_id=g.id,
            kind=EntryKind.EXPIRE.value,
            amount_minor=-1000,
            currency="EUR",
            at=datetime.combine(expires + timedelta(days=1), datetime.min.time(), tzinfo=now.tzinfo),
            by_id=users[2].id,
        )
    )
    audit.append(
        s,
        audit.Action.CREDIT_EXPIRED,
        actor_id=users[2].id,
        actor=users[2].username,
        subject=f"as of {expires.isoformat()}",
        data={"as_of": (expires + timedelta(days=1)).isoformat(), "grants": 1, "totals": {"EUR": "10.00"}},
    )
    s.flush()
