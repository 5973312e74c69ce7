"""Benign first contacts from outside: newsletters, notifications, sales pitches, invitations, recruiters,
inquiries, press, applicants, new suppliers and surveys, from senders the organization never wrote to.

Synthetic attacks mostly come from unknown outside senders, and the other hard negatives
(`mailwarden.synth.hardneg`) come only from the organization's own people and known vendors; without
these a model learns "unknown outside sender => attack". None of them asks for credentials, payments,
bank changes, gift cards, employee data or secrecy: deadlines are the ordinary ones of business mail.
Labels mark them `label: ham`, `kind: hard_negative`, `family: outside`.
"""

# ruff: noqa: E501  (phrasing banks are data: one phrasing per line reads better than wrapped)

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from random import Random

from mailwarden.synth import attachments as att
from mailwarden.synth import fictional
from mailwarden.synth.families.base import Family, Lure, Shape
from mailwarden.synth.generator import DEFAULT_DATE_RANGE, SyntheticAttack, good_label
from mailwarden.synth.render import render
from mailwarden.synth.scenario import Party, Scenario, _date
from mailwarden.synth.seed import OrgSeed, SeedPerson
from mailwarden.synth.slots import base_slots
from mailwarden.synth.spintax import pick

FREE_MAIL_DOMAINS = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com")
FREE_MAIL_SHARE = 0.1  # of applicants, recruiters and inquiries: people write from personal boxes too

# ---------------------------------------------------------------- phrasing banks

_LURES = {
    "newsletter": Lure(
        subjects=(
            "<publication>: {this week|the week} in <industry>",
            "<publication> | {Issue|No.} <issue_no>",
            "{Your|The} <industry> {briefing|digest|roundup} for <month>",
            "{Five|Four|Six} {stories|things} {worth reading|to know} this week",
            "<headline_one>",
            "{Weekly|Monthly} <industry> {notes|update} from <sender_company>",
        ),
        asks=(
            "{Here is|Here's} {what we're reading|what mattered} {this week|in <industry> this week}:\n<headlines>\n\n{That's all|That is it} for {this issue|now}; {the next one|the next edition} {lands|arrives} <next_issue>.",
            "{In this issue|Inside this edition}:\n<headlines>\n\n{Enjoy the read|Happy reading}.",
            "{Top stories|The headlines}:\n<headlines>\n\n{Forward it to a colleague|Pass it along} if {it's useful|you found it useful}.",
            "{A quieter|A busy} {week|month} for <industry>. {Our picks|The stories we picked}:\n<headlines>",
            "{Good morning|Hello} from the <publication> {desk|team}. {This week|Today} we {look at|cover}:\n<headlines>\n\n{Thanks for reading|As always, thanks for reading}.",
            "<headlines>\n\n{Full coverage|The full stories} {are|sit} on our site, {free to read|no paywall}.",
        ),
        hooks=(
            "{Welcome to|This is} issue <issue_no> of <publication>, {our|the} {weekly|monthly} {look at|notes on} <industry>.",
            "{Welcome to the|Hello and welcome to the} <month> edition.",
            "{Thanks for subscribing|Glad to have you with us} - {a few|some} {new readers|new subscribers} joined this {week|month}, so a quick reminder of what we do: {short summaries|brief notes} on {what moved|what changed} in <industry>.",
        ),
        reasons=(
            "{Our editors|The team} {read|go through} {dozens of|a lot of} {reports|sources} so you {don't have to|can skim}.",
            "{Each summary|Every item} {takes|is} {about|under} {a minute|two minutes} to read.",
            "{We keep it short|It stays short} {on purpose|by design}: {five|a handful of} {stories|items}, no {filler|fluff}.",
        ),
        extras=(
            "{Also this week|One more thing}: our {annual|yearly} <industry> {survey|report} {is out|is published}, {with|covering} {hiring|pricing|investment} {plans|trends} for <next_year>.",
            "{Reader question|From the mailbag}: {how are|are} {smaller|mid-sized} firms {handling|dealing with} {longer lead times|staffing gaps}? {Send us|Reply with} your {view|experience} and we {may|might} {feature|quote} it {next time|in a future issue}.",
            "{On the calendar|Coming up}: {industry|sector} {conferences|events} {this|next} {month|quarter} are {listed|collected} on our events page.",
        ),
    ),
    "notification": Lure(subjects=(), asks=()),  # replaced below by the union of _NOTIFICATIONS
    "cold_outreach": Lure(
        subjects=(
            "{Quick|Short} question about <org_name>'s <pain_area>",
            "{15|Fifteen} minutes {next week|on <by_day>}?",
            "<product> for <org_name>",
            "{Idea|A thought} for your <pain_area> team",
            "{Following up|Circling back} on my note",
            "{Intro|Introduction}: <sender_company>",
            "{Cutting|Reducing} <pain> at <org_name>",
        ),
        asks=(
            "{Would you be open to|Do you have time for} a {15-minute|short} call {next week|on <by_day>}? I'd {like|love} to {show you|walk you through} how <product> {helps|has helped} {teams like yours|companies your size} {cut|reduce} <pain>.",
            "{Could I|Can I} {grab|book} 15 minutes {on your calendar|of your time} {for a demo|to show you a demo}? {No slides|No hard sell}, just {a look at|a short tour of} <product>.",
            "If <pain_area> is {on your list|a priority} {this year|this quarter}, {I'd be glad to|happy to} {share|send} {a short case study|two or three examples} {from|of} {similar companies|companies in your space}. {Worth a chat|Interested}?",
            "{Is this something you own|Are you the right person for this}, or {could you point me to|should I speak with} {whoever|the person who} {looks after|handles} <pain_area> at <org_name>?",
            "We {work with|support} {a number of|several} <industry> {companies|firms} on <pain_area>. {Would a short call|Would 15 minutes} {make sense|be useful} {sometime next week|before the end of the month}?",
            "{I'll keep this short|Short version}: <product> {helps|lets} {teams|companies} {cut|reduce} <pain>. {Open to|Up for} a {quick|brief} demo?",
        ),
        hooks=(
            "I {noticed|saw} that <org_name> {is hiring|has been growing|recently opened a new site}, {congrats|which is great to see}.",
            "{My name is|I'm} <sender_first> and I {work|lead partnerships} at <sender_company>.",
            "I {came across|read about} <org_name> {while researching|when looking at} <industry> {companies|firms} in <city>.",
            "{Following up|A short follow-up} on {my email|the note I sent} {last week|a few days ago}, in case it got buried.",
        ),
        reasons=(
            "{One customer|A client} {in a similar position|of similar size} {saw|reported} a {20%|30%|noticeable} {drop|reduction} in <pain> within {a quarter|a few months}.",
            "{Setup|Getting started} {takes|is} {about a week|a few days}, and {there's no|we don't ask for any} {long contract|long-term commitment}.",
            "{Most|Many} of our customers {started|came to us} {with the same|with a similar} {problem|question}.",
        ),
        extras=(
            "{If the timing is wrong|If now isn't a good time}, {just let me know|tell me} and I {won't follow up|will stop writing}.",
            "{Either way|In any case}, {our site has|there's} a {two-minute|short} {overview|video} {if you'd rather|for those who prefer to} {look on your own|read first}.",
            "{P.S.|PS:} {We're|We will be} at <event_name> {next month|in <city>} {too|as well}, {if|in case} {meeting in person is easier|you'd rather meet in person}.",
        ),
    ),
    "event_invite": Lure(
        subjects=(
            "{Invitation|You're invited}: <event_name>",
            "Join us {at|for} <event_name> {on <event_date>|in <city>}",
            "<event_name> - {speakers announced|agenda now online|registration open}",
            "{Panel|Roundtable} invitation: <event_topic>",
            "{Save the date|Save the date:} <event_date>",
            "{Webinar|Live session}: <event_topic>",
        ),
        asks=(
            "We'd {love|like} to {invite you to|see you at} <event_name>, a {one-day|half-day} {conference|forum|meeting} on <event_topic>, on <event_date> in <city>. Registration is {free|open} on our {site|website}.",
            "{Join us|Join our team} {online|for a live webinar} on <event_date> {for|to discuss} <event_topic>. {It runs|The session is} {45|60} minutes {with|including} {time for questions|a Q&A}; {sign up|registration is} on our website.",
            "We're {putting together|organizing} a {panel|roundtable} on <event_topic> at <event_name> and {would like to|we'd be glad to} {invite|include} {someone from <org_name>|a speaker from <org_name>}. {Would you|Would anyone on your team} {be interested|like to take part}?",
            "{Save the date|Mark your calendar}: <event_name> {returns|is back} on <event_date> in <city>. {Registration|Early registration} {opens|is open} on our {site|events page}.",
            "{Seats are limited|Space is limited} {to keep the conversation useful|so the discussion stays small}, so {please register|register} {on our site|through our events page} {if you'd like to come|if you can make it}.",
            "<event_name> {brings together|gathers} {buyers|operators|leaders} from <industry> to {talk about|compare notes on} <event_topic>. {We'd be glad to see you there|We hope you can join} on <event_date>.",
        ),
        hooks=(
            "{Last year|At our last event}, {over|more than} <attendees> {people|professionals} from <industry> {joined us|attended}.",
            "{I'm|My name is} <sender_first> and I {run|coordinate} {events|the program} at <sender_company>.",
            "{This is|This will be} the <edition> edition of {the event|our annual meeting}.",
        ),
        reasons=(
            "{The agenda|The program} {covers|includes} {case studies|short talks}, {a|an open} {panel|discussion} and {time to network|an informal lunch}.",
            "{Speakers|This year's speakers} {include|come from} {operators|practitioners} at {several|a dozen} <industry> {companies|firms}.",
            "{Recordings|Slides} {will be|are} {shared with|sent to} {everyone who registers|registered attendees} {afterwards|after the event}.",
        ),
        extras=(
            "{Can't make it|If the date doesn't work}? {We run|There's} a {similar|smaller} {session|event} in <city2> {later in the year|in the autumn}.",
            "{Feel free to|Please} {forward this|pass this on} to {colleagues|anyone on your team} {who might be interested|it could be useful for}.",
            "{Parking|Coffee and lunch} {is|are} {included|provided}, and the {venue|location} is {a short walk|five minutes} from <city> {central station|the main station}.",
        ),
    ),
    "recruiter": Lure(
        subjects=(
            "<job_title> {opportunity|role} in <city>",
            "{Open to|Interested in} a {conversation|chat} about <a_job_title> role?",
            "{New role|Role}: <job_title>",
            "{Your background and|A possible} <job_title> {role|position}",
            "{Hiring|We're hiring}: <job_title>",
        ),
        asks=(
            "I'm {recruiting|hiring} for <a_job_title> {role|position} with {a client|one of our clients} in <city> and {your profile|your background} {stood out|looks like a good fit}. {Would you be open to|Are you up for} a {short|brief} call {this week|next week}?",
            "{Could you send|Would you mind sending} {an updated|a current} CV {if you're interested|if this sounds interesting}? {I'm happy to|I can} {share|send} the full {job description|brief} {first|in return}.",
            "{Is now a good time|Are you open} to {hear about|consider} {new roles|a move}? {If not|If the answer is no}, {no problem at all|no worries} - {I'd still be glad to|happy to} {stay in touch|keep you in mind for later}.",
            "{We have|There's} <a_job_title> opening {at|with} {a growing|an established} <industry> company {in <city>|with hybrid working}. {Would 20 minutes|Would a short call} {on <by_day>|later this week} work?",
            "{If you know anyone|If someone in your network} {who'd be a fit|who might be interested} for <a_job_title> role, {I'd appreciate|I'd be grateful for} {an introduction|a pointer}.",
            "{I'd like to|Let me} {tell you about|introduce} <a_job_title> role {that may interest you|you may find interesting}. {When|What time} {would suit you|works best} for a {call|chat}?",
        ),
        hooks=(
            "{This is|I'm} <sender_first>, a {recruiter|talent partner} {at|with} <sender_company> {focused on|specializing in} <industry> {roles|hiring}.",
            "{I came across|I found} your {profile|name} {while|when} {searching for|looking for} {people|candidates} with <industry> experience.",
            "{A former colleague of yours suggested I get in touch|Someone in your field mentioned your name to me}.",
        ),
        reasons=(
            "{The role|The position} is {hybrid|mostly remote|on site}, with {a competitive salary|a solid package} and {a small|a strong} team.",
            "{The hiring manager|The client} {wants|hopes} to {interview|meet candidates} {before|by} <by_day>, {but|though} {there's no rush on your side|we can work around your schedule}.",
            "{It's|This is} a {new|newly created} role {reporting to|working closely with} the {head of|director of} {operations|engineering|finance}.",
        ),
        extras=(
            "{If you apply|Should you apply}, {I'll|I will} {prepare you|help you prepare} for {each|every} {interview|stage}.",
            "{You can see our other openings|Our current openings are listed} on our {site|careers page}.",
            "{Thanks for reading|Thanks for your time}, and {no hard feelings|no problem} if {it's not for you|you're happy where you are}.",
        ),
    ),
    "inquiry": Lure(
        subjects=(
            "{Question about|Inquiry about} your {products|services}",
            "{Pricing|Price} {request|question}",
            "{Looking for|Seeking} a {supplier|partner} for <need>",
            "Who {should I|do I} {talk to|speak with} about <need>?",
            "{Request for information|Information request}",
            "{Potential order|Possible project} - <need>",
        ),
        asks=(
            "We're {looking at|evaluating} {suppliers|options} for <need> and {came across|found} <org_name>. Could you {send|share} {pricing|a price list|some information} {or point me to|and let me know} {the right person|who handles new customers}?",
            "{Do you|Does <org_name>} {offer|provide} <need>? {If so|If yes}, {what are|could you tell me} {typical lead times|the usual lead times} and {minimum order quantities|any minimums}?",
            "{Could you|Would you} {tell me|let me know} who {handles|looks after} {new accounts|sales} {for|in} <city>? I {have|'ve got} a {few|couple of} questions about <need>.",
            "I {run|manage} {operations|purchasing} at <sender_company> and we {need|are sourcing} <need> {for a project|for next quarter}. {Is this something|Is it something} you {do|could help with}?",
            "{Hello|Hi}, {quick|short} question: {do you ship|can you deliver} to <city>, and {is there|do you have} a {catalogue|brochure} I could {look at|review}?",
            "We {might|may} {need|be ordering} {a larger volume|regular volumes} of <need> {starting|from} <month>. {Could we|Can we} {set up|schedule} a {call|short meeting} to {talk through|discuss} {requirements|specs}?",
        ),
        hooks=(
            "{A colleague|One of our partners} {recommended|mentioned} <org_name> {to me|when I asked around}.",
            "{I found|I saw} <org_name> {online|through a trade directory|at a trade show last year}.",
            "{We're|We are} a {small|mid-sized} <industry> {company|firm} {based in|out of} <city>.",
        ),
        reasons=(
            "{We're|We are} {comparing|collecting quotes from} {two or three|a few} {suppliers|companies} {this month|before <month>}.",
            "{Our current|The existing} {supplier|provider} {is retiring|is winding down that line}, so we're {looking around|exploring options}.",
            "{There's no rush|No rush} - {we're planning|this is for planning} {next quarter|later in the year}.",
        ),
        extras=(
            "{Happy to|I can} {share|send} {drawings|specs|volumes} {once|if} we {sign an NDA|know it's a fit}.",
            "{A call is fine too|Phone works as well}: {I'm reachable|you can reach me} at <phone>.",
            "{Thanks in advance|Thank you} for {your help|pointing me in the right direction}.",
        ),
    ),
    "press": Lure(
        subjects=(
            "{Media|Press} {inquiry|request}: <press_topic>",
            "{Comment request|Request for comment} - <outlet>",
            "{Interview|Quick interview} request for {a story|an article} on <press_topic>",
            "<outlet> {story|piece} on <press_topic>",
            "{Question|Questions} from <outlet>",
        ),
        asks=(
            "I'm {working on|writing} a {story|piece} about <press_topic> for <outlet> and {would like to|hope to} {include|get} {a comment|a perspective} from <org_name>. {Would someone|Could someone} {be available|speak with me} {before|by} <by_day>?",
            "{Would you|Could you} {share|give} {a short statement|two or three sentences} on <press_topic>? My {deadline|filing deadline} is <by_day>, {but|and} {earlier is|anything sooner is} {welcome|great}.",
            "{Is there|Could you point me to} {someone at <org_name>|a spokesperson} {who could|I could} {talk to|interview} about <press_topic> for {20|15} minutes?",
            "{We're|We are} {publishing|running} a {feature|longer piece} on <press_topic> {next week|on <by_day>}. {Would <org_name> like to|Would you like to} {be included|comment}?",
            "{Could I|May I} {ask|send} {a few|three} questions {by email|in writing} about <press_topic>? {Answers|Replies} by <by_day> {would work|would be ideal}.",
            "{If you're not the right contact|If this should go elsewhere}, {could you|would you} {forward this|pass this on} to {your press office|whoever handles media}?",
        ),
        hooks=(
            "{My name is|I'm} <sender_first> <sender_last>, {a reporter|a correspondent} {at|for} <outlet>.",
            "{I cover|I write about} <industry> for <outlet>.",
            "{I'm reaching out|I'm getting in touch} {on behalf of|from} <outlet>'s {business|industry} desk.",
        ),
        reasons=(
            "{The piece|The article} {looks at|examines} how {companies|firms} in <city> are {handling|responding to} <press_topic>.",
            "{I've spoken with|I'm talking to} {several|a few} {other companies|analysts} {as well|too}, and {a local|an industry} view {would help|would round it out}.",
            "{We'd|We would} {quote|attribute} {you|the comment} {by name and title|to <org_name>} {unless you prefer otherwise|unless you'd rather it be background only}.",
        ),
        extras=(
            "{A link to|You can find} {my recent work|some of my previous articles} {is|are} on the <outlet> site.",
            "{Phone is fine too|A short call also works}: <phone>.",
            "{If the timing doesn't work|If you can't comment this time}, {no problem|that's fine} - {I'd still be glad to|I'd like to} {stay in touch|have you as a contact} for {future stories|later pieces}.",
        ),
    ),
    "applicant": Lure(
        subjects=(
            "Application: <job_title>",
            "{Open application|Speculative application} - <job_title>",
            "{Question about|Inquiry about} {openings|vacancies} at <org_name>",
            "<job_title> {role|position} - <sender_first> <sender_last>",
            "{CV|Resume} - <sender_first> <sender_last>",
            "{Internship|Graduate position} inquiry",
        ),
        asks=(
            "I'm {writing|reaching out} to {ask|see} whether <org_name> {has any openings|is hiring} for <a_job_title>. I'd {really|} {appreciate|welcome} the chance to {talk|learn more}.",
            "I {would like to|wish to} apply for the <job_title> {position|role} {I saw advertised|listed on your website|posted last week}. {My background is a close match|I think my experience fits it well}.",
            "{Could you|Would you} {let me know|tell me} {who handles recruitment|who I should contact about jobs} at <org_name>? {I'm|I am} {looking for|interested in} <a_job_title> role.",
            "{Are you|Is your team} {taking on|hiring} {junior staff|new people|interns} {this year|at the moment}? {I'd be glad|I would love} to {hear|know} {how to apply|what the process looks like}.",
            "{I'd be grateful|I'd appreciate it} if you {could|would} {keep my CV on file|consider me} for {any|future} <job_title> {openings|roles}.",
            "{This is my application|I am applying} for the <job_title> {vacancy|opening}. I'm {available|free} for {an interview|a call} {any day next week|at your convenience}.",
        ),
        hooks=(
            "{I've followed|I have followed} <org_name>'s work {for a while|for some time} {and|,} {admire|like} {your approach|how you work}.",
            "{I have|I've got} <years> years of experience in <industry>, most recently {as|working as} <a_job_title>.",
            "{I recently|I just} {moved to|relocated to} <city> and {am looking|I'm looking} for {my next role|new opportunities}.",
        ),
        reasons=(
            "{My background|My experience} {is in|covers} {operations|planning|customer support|data analysis} {and|,} {I enjoy|I like} {solving practical problems|working with people}.",
            "{I'm|I am} {happy to|able to} {start|begin} {at short notice|within a month}.",
            "{References|Two references} {are|can be} {available|provided} on request.",
        ),
        extras=(
            "{Thank you for|Thanks for} {considering my application|your time}; I {look forward to hearing from you|hope to hear from you}.",
            "{If there's nothing open right now|If nothing suits at the moment}, {I understand|no problem} - {I'd still appreciate|any advice would be welcome}.",
            "{My portfolio|Some examples of my work} {is|are} {online|on my website}.",
        ),
    ),
    "vendor_onboarding": Lure(
        subjects=(
            "Welcome to <sender_company>",
            "{Your|Meet your} account manager at <sender_company>",
            "{Getting started|Next steps} {with|after your order with} <sender_company>",
            "Welcome aboard, <org_name>!",
            "{Thank you for your order|Thanks for choosing us} - {introduction|intro}",
        ),
        asks=(
            "{Thank you for|Thanks for} choosing <sender_company>! I'm <sender_first>, your {account manager|customer success contact}, and I'll be {your main point of contact|looking after <org_name>} {from here on|going forward}.",
            "{Your first delivery|The first shipment} is {scheduled|planned} for <arrive_day>. {If|Should} {the dock hours need|the delivery address needs} {adjusting|to change}, {just reply here|let me know} and {I'll sort it|we'll adjust it}.",
            "{Could we|Shall we} {book|set up} a {30-minute|short} {kickoff|onboarding} call {next week|on <by_day>} to {go over|walk through} {timelines|the rollout} and {who to contact|contacts on both sides}?",
            "{Our|The} {welcome guide|getting-started guide} {covers|lists} {contacts|support hours} and {what to expect|how ordering works}. {Nothing needs to be signed|There's nothing to fill in}.",
            "{Our onboarding|The setup} {usually takes|takes} {two weeks|about ten days}. {I'll send|You'll get} a {short|weekly} {update|status note} {along the way|until it's done}.",
            "{Just wanted to|I wanted to} {introduce myself|say hello} {now that|since} {the order|your order} {is confirmed|has gone through}. {No action needed|Nothing needed} {from you|on your side} {right now|for now}.",
        ),
        hooks=(
            "{Our sales team|<sales_name> from our sales team} {passed me|handed over} your {details|account} {after|following} {the signed order|your purchase}.",
            "{Welcome|A warm welcome} {from all of us|from the team} at <sender_company>.",
            "{It was|It's} {great|good} to {hear|see} that <org_name> {chose|went with} us for <need>.",
        ),
        reasons=(
            "{We like to|We always} {have|set up} a {named|single} {contact|person} for {each|every} {new|} customer so {questions|requests} {don't bounce around|have a clear home}.",
            "{Most|Many} {new customers|of our customers} {find|say} {a short kickoff|an early call} {saves time|avoids surprises} later.",
            "{The support desk|Our support team} is {also|} {available|reachable} {weekdays|Monday to Friday} {if I'm out|for anything urgent}.",
        ),
        extras=(
            "{Delivery schedules|Lead times} and {contacts|who to call} are {also|} in the order confirmation.",
            "{Our customer portal|The knowledge base} {has|includes} {product sheets|manuals} and {FAQs|how-to guides}, {open to everyone|no account needed}.",
            "{Looking forward to|We're looking forward to} {working with you|a good partnership}.",
        ),
    ),
    # Members of the public writing to the organization's people: customers, shareholders, neighbours,
    # people who read about it in the news. Emotional, unsolicited, from personal addresses; they
    # praise, complain or ask, but threaten nothing and want no money.
    "public_voice": Lure(
        subjects=("", "{Thank you|Thanks}", "{Bravo|Well done}", "{From|A word from} a {long-time customer|small shareholder|reader}", "{Disappointed|Not happy}", "{Question|A question} about <org_name>", "{Chin up|Best wishes}", "{Your|The} {interview|article} {yesterday|this week}", "{About|Regarding} {the news|the headlines}"),
        asks=(
            "{I read|I saw} {the article|the interview|the piece} about <org_name> {this morning|yesterday} and {just wanted to say|wanted to tell you} {thank you|well done}. {Keep it up|Keep going}.",
            "{I still believe in what you are building|Plenty of us out here still trust the people at <org_name>}. {Hard times|Rough weeks} {pass|don't last}; {my family|my wife and I|all of us here} {are rooting for you|wish you well}.",
            "{I've been|I have been} a {customer|shareholder} for {ten|twelve|fifteen} years and I am {disappointed|frustrated} by {how|the way} {my complaint|the outage|the billing mix-up} was handled. {I hope|I trust} {someone|your team} {will look into it|takes this seriously}.",
            "{As a|I'm a} {retired|former} {engineer|teacher|employee} {who follows|following} <org_name>{,|} I {have a question|wonder}: {why|how come} {the plant|your office} {on Main Street|downtown} {closed|moved}? {No need to reply|A short answer would be appreciated}.",
            "{You don't know me|We have never met}, but {your talk|your speech} at the {chamber of commerce|university} {last year|in the spring} {stayed with me|made an impression}. {Thank you|Thanks} for {that|speaking so plainly}.",
            "{Saw|I saw} {your|the} {news|announcement} {today|this week}. {Good luck|Best of luck} with {everything|the months ahead}.",
            "{My son|My daughter|A friend} {works|worked} {for you|at <org_name>} and {speaks highly of|says good things about} {the company|the people there}. {Just wanted you to know|Thought you should hear it}.",
        ),
        hooks=("{I hope|Hope} {you don't mind|it's ok} {me writing|a note from a stranger}.", "{I found|Got} your address {on the website|in the annual report}."),
        reasons=("{I know|I'm sure} you {get a lot of mail|are busy}.", "{No need to answer|Don't feel you have to reply}."),
    ),
    "survey": Lure(
        subjects=(
            "{How did we do|How was your experience}?",
            "{Quick|Short} survey: <event_name>",
            "{Two|Three} minutes of feedback?",
            "{Tell us|Share} what you think",
            "{Your feedback on|Feedback:} <sender_company>",
            "<industry> {benchmark|salary|buyer} survey {<year>|is open}",
        ),
        asks=(
            "{Would you|Could you} {take|spare} {two|three|five} minutes to tell us how {your recent order|the onboarding|your support request} went? {Every answer|Each response} {is read|gets read} by {the team|a person}.",
            "{Thanks for joining|Thank you for attending} <event_name>. {We'd|We would} {appreciate|value} {a few|three} {lines|answers} on what {worked|was useful} and what {we should change|could be better}.",
            "{Our|The} {annual|yearly} <industry> {survey|benchmark} is {open|live} {until|through} <by_day>. {It takes|It's} {about|under} {ten|eight} minutes, and {participants get|everyone who takes part gets} the {full results|summary report}.",
            "{On a scale from|From} 0 to 10, how likely {are you|would you be} to recommend <sender_company> to a colleague? {Just reply with a number|A one-line reply is enough}.",
            "{We're|We are} {improving|redesigning} {our|the} {ordering process|support pages} and {would like to|want to} {hear from|ask} {customers|a few customers} {first|before we do}. {The survey|It} {is short|has six questions}.",
        ),
        hooks=(
            "{Hi|Hello} from the {customer experience|research} team at <sender_company>.",
            "{We hope|Hopefully} {everything arrived|all went} {as expected|smoothly}.",
            "{It's been|It has been} {a few weeks|about a month} since {your first order|you started working with us}.",
        ),
        reasons=(
            "{Answers are|Responses are} {anonymous|aggregated} {unless|if not} you {choose to|want to} {leave|include} your name.",
            "{Last year's|Previous} {results|feedback} {led to|shaped} {longer support hours|a simpler checkout}.",
            "{It's|This is} {entirely optional|completely voluntary}.",
        ),
        extras=(
            "{Thank you|Thanks} {in advance|for helping us improve}.",
            "{You'll only|We'll only} {get|send} {one|a single} reminder{, if any|}.",
            "{Results|A summary} will be {published|shared} {on our blog|in our newsletter} in <month>.",
        ),
    ),
}

_NOTIFY_HOOKS = (
    "{Thanks for|Thank you for} {choosing|using} <sender_company>.",
    "{Hi|Hello} from the <sender_company> {team|support team}.",
    "This is an automated {message|update} from <sender_company>.",
)
_NOTIFY_REASONS = (
    "{You're|You are} receiving this {because|since} {someone at <org_name>|this address} {used|signed up for} <sender_company>.",
    "{We send|We'll send} {a short note|an update like this} {whenever something changes|for each request} so {nothing gets lost|you can keep track}.",
    "{If|In case} {this wasn't you|you didn't expect this}, {you can simply ignore it|it's safe to ignore this message}.",
)
_NOTIFY_EXTRAS = (
    "{Opening hours|Our support hours} are {Monday to Friday|weekdays}, {8am to 6pm|9:00-17:00} {local time|CET|ET}.",
    "{Questions about this|Anything unclear}? {Our help pages|The help center} {cover|answer} {most|the common} questions.",
    "{You can change|Choose} which {notifications|updates} you {get|receive} in your {settings|preferences}.",
)


def _notification(subjects: tuple[str, ...], asks: tuple[str, ...], extras: tuple[str, ...] = ()) -> Lure:
    return Lure(subjects, asks, _NOTIFY_HOOKS, _NOTIFY_REASONS, extras + _NOTIFY_EXTRAS)


# One automated notice each: subject and text agree (an order update is not titled "ticket opened").
_NOTIFICATIONS = {
    "shipped": _notification(
        ("Your order <order_no> has shipped", "{Shipped|On its way}: order <order_no>", "Shipping update for <order_no>"),
        (
            "{Good news|A quick update}: order <order_no> {has shipped|left our warehouse} and {should arrive|is expected} {by|on} <arrive_day>. {No action is needed|You don't need to do anything}.",
            "Order <order_no> is on its way. {Estimated delivery|Expected arrival}: <arrive_day>.",
            "{Everything in|All items from} order <order_no> {shipped today|went out today} {in one box|in two boxes}. {Nothing else is needed from you|No action needed}.",
        ),
        ("{Tracking|Status} updates {also appear|are also shown} in {the app|your dashboard}.",),
    ),
    "order": _notification(
        ("{Order confirmation|Thanks for your order} <order_no>", "We've received order <order_no>", "Order <order_no> confirmed"),
        (
            "Thanks for your order. {Order|Reference} <order_no> is confirmed and {being prepared|in the queue}; {we'll email you|you'll get another note} when it ships.",
            "{We've received|We have} your order <order_no>. {A copy of the order|The order summary} is in your {account|order history}.",
        ),
    ),
    "registration": _notification(
        ("{Registration confirmed|You're registered}: <event_name>", "See you at <event_name>", "Your place at <event_name>"),
        (
            "Your registration for <event_name> on <event_date> is confirmed. {There's nothing else you need to do|No further action is needed}; {joining details|the agenda} {will follow|arrives} {a few days before|closer to} the {event|date}.",
            "{You're on the list|You're registered} for <event_name> (<event_date>). {We'll send|Expect} a {reminder|short reminder} {the day before|a week before}.",
            "{Thanks for registering|Thank you for signing up} for <event_name>. {Your seat is confirmed|Your registration went through}.",
        ),
    ),
    "renewal": _notification(
        ("{Subscription renewed|Your <plan_name> plan has renewed}", "Your <sender_company> subscription renewed", "Renewal confirmation: <plan_name> plan"),
        (
            "Your <plan_name> subscription {renewed|was renewed} {automatically|as scheduled} on <renew_date>. {A receipt is available|The receipt is} in your {account|billing history} {for your records|if you need it}. {No action is needed|Nothing changes on your side}.",
            "{This is a confirmation|Just confirming} that {your|the} <plan_name> plan {renewed|continued} on <renew_date> {for another year|for another month}. {No action is needed|You don't need to do anything}.",
        ),
    ),
    "ticket": _notification(
        ("{Ticket|Request} <ticket_no> {received|opened}", "{We received your request|Request received} [<ticket_no>]", "[<ticket_no>] {We're on it|Thanks for contacting us}"),
        (
            "We {received|have} your {request|message} and opened ticket <ticket_no>. {Someone from our support team|A member of the team} will {reply|get back to you} within {one|two} business days.",
            "{Thanks for getting in touch|Thanks for contacting support}. Your {request|case} <ticket_no> is {in our queue|with our team}; {you'll hear from us|we'll reply} {by email|here} {soon|shortly}.",
            "Ticket <ticket_no> {has been|was} {resolved|closed}. {If anything else comes up|If you need more help}, {a new request|a fresh ticket} {is the easiest way|works best}.",
        ),
    ),
    "export": _notification(
        ("Your export is ready", "{Report|Your report} ready: <month> summary", "{Download|Export} complete"),
        (
            "The {report|data export} you requested is ready. {It stays|It will stay} available in your {dashboard|workspace} for <days> days.",
            "Your <month> {summary|usage report} {has been generated|is ready} and {is waiting|sits} in {the Reports tab|your dashboard}.",
        ),
    ),
    # Workflow systems (expense, travel, timesheets, access) that a company signs up for: they name
    # colleagues and amounts and ask for an approval in the system, from a domain nobody wrote to.
    "approval": _notification(
        ("{Approval|Sign-off} needed: {expense claim|travel request|timesheet} from <colleague_name>", "{Reminder|Still open}: <days> {items|requests} in your approval queue", "{Expense claim|Claim} <ticket_no> submitted by <colleague_name>", "Access request for <colleague_first> needs your decision"),
        (
            "<colleague_name> {submitted|sent in} {expense claim|claim} <ticket_no> ({total|amount}: <small_amount>). {You are listed as|You're} the approver; {it shows up|you'll see it} {under Pending in the expense tool|in the approver view}.",
            "{You have|There are} <days> {claims|requests} {pending|open} {longer than a week|past the usual turnaround}. {The oldest|One of them} is from <colleague_name> ({small_amount}).",
            "<colleague_name> {asked|put in a request} for {travel to <city2>|a training course} {on|around} <event_date>. {Estimated cost|Budgeted}: <small_amount>. {Decide in the travel tool|The decision is made in the travel tool}; {answers to this mail are not read|this mailbox is not monitored}.",
            "<colleague_first> {requested|asked for} {viewer|standard} rights {on|to} the {reporting|scheduling} {application|workspace}. {Unanswered requests|Requests nobody answers} {lapse|are closed} after <days> days.",
            "{Status update|Update} on claim <ticket_no>: {approved|signed off} by <colleague_name>, {total|amount} <small_amount>, {paid with|included in} the next {payroll|reimbursement run}.",
        ),
        ("{Claims|Requests} are {decided|handled} {in the tool itself|inside the application}, {not by email|never by reply}.",),
    ),
    # Operating notices from industry bodies and exchanges a company deals with (market operators,
    # grid operators, clearing houses): numbered, revised, sent to subscribers' lists.
    "market_notice": _notification(
        ("{Operating|Participant} {bulletin|circular} <issue_no>", "<publication> {Notice|Bulletin} <issue_no>", "{Revised schedule|Schedule change}: <event_date>", "{Market|System} {notice|status}: <industry>"),
        (
            "{Please note|Notice}: the {posting|submission} {schedule|window} for <event_date> {has been revised|changes}. {Details|The revised times} {are posted|appear} on the {members' page|notice board}.",
            "{Notice|Bulletin} <issue_no>: {maintenance|a planned outage} of the {settlement|scheduling} system {on|during} <event_date>. {Participants|Members} {need not|do not need to} {take any action|do anything}.",
            "{The following|This} {notice|bulletin} {replaces|revises} {the one|notice} {sent|issued} {earlier today|yesterday}: {the|all} {figures|volumes} {are unchanged|stand} {except|apart from} {line|item} {3|4|7}.",
        ),
        ("{You receive|You are receiving} {these|this} {notices|notice} as a {registered|subscribed} {participant|member} {of|on} the <publication> list.",),
    ),
    "booking": _notification(
        ("{Booking confirmed|Confirmation}: <event_date>", "{Your|Reservation} {reservation|confirmed} for <event_date>", "{Visit|Appointment} scheduled"),
        (
            "{This confirms|Confirmed}: {your|the} {meeting room|workshop seat|site visit} {booking|reservation} for <event_date>. {No action is needed|See you then}.",
            "{Your appointment|The visit} {with <sender_company>|from our technician} is {booked|scheduled} for <event_date>. {If the time no longer suits|To reschedule}, {reply to the original request|use the link in your account}.",
        ),
    ),
}
_LURES["notification"] = Lure(
    subjects=tuple(s for lure in _NOTIFICATIONS.values() for s in lure.subjects),
    asks=tuple(a for lure in _NOTIFICATIONS.values() for a in lure.asks),
    hooks=_NOTIFY_HOOKS,
    reasons=_NOTIFY_REASONS,
    extras=_NOTIFY_EXTRAS,
)

OUTSIDE_LURES = tuple(_LURES)
_BULK_LURES = frozenset({"newsletter", "notification", "survey"})

_CTA = {
    "link": ("<link_line>",),
    "attachment": ("<attachment_line>",),
    "qr_code": ("",),
    "calendar": ("",),
    "password": ("",),
}

BULK_FAMILY = Family(
    name="outside",
    language="en",
    description="Automated and bulk mail from outside: newsletters, notifications, surveys.",
    lures={k: v for k, v in _LURES.items() if k in _BULK_LURES},
    greetings=("Hi <recipient_first>,", "Hello <recipient_first>,", "Hello,", "Hi there,", "Dear <recipient_name>,"),
    openers=("{Thanks for|Thank you for} being {a reader|with us}.", "{We hope|Hope} {your week is going well|you're well}."),
    urgency=(),
    secrecy=(),
    closers=(
        "{Questions|Anything unclear}? {Our help pages|The FAQ on our site} {should help|has answers}.",
        "{Thanks|Thank you} {for reading|again}.",
    ),
    signoffs=("{Best|Kind regards|Thanks},", "{The|Your} <sender_company> team", "{Best wishes|Warm regards},"),
    cta=_CTA,
    signatures=("<sig_block>", "<sender_company>"),
    reply_quotes=("",),
    reply_intros=("On <date_text>, <quoted_name> wrote:",),
    shape=Shape(lengths=(0.3, 0.45, 0.25), p_greeting=0.6, p_opener=0.25, p_urgency=0.0, p_secrecy=0.0,
                p_closer=0.4, p_signature=0.7, p_typos=0.0, p_fake_reply_prefix=0.0),
)

PERSONAL_FAMILY = Family(
    name="outside",
    language="en",
    description="People outside writing for the first time: sales, events, recruiters, customers, press, applicants, new suppliers.",
    lures={k: v for k, v in _LURES.items() if k not in _BULK_LURES},
    greetings=(
        "Hi <recipient_first>,",
        "Hello <recipient_first>,",
        "Dear <recipient_name>,",
        "Good {morning|afternoon} <recipient_first>,",
        "<recipient_first> -",
        "Hello,",
        "Hi,",
        "Dear Sir or Madam,",
    ),
    openers=(
        "{I hope|Hope} {this finds you well|your week is going well}.",
        "{I hope you don't mind|Forgive} the {cold|unexpected} email.",
        "{Happy|Hope you're having a good} <weekday>!",
        "{Thanks for taking a moment|Thank you for your time} to read this.",
    ),
    urgency=(),
    secrecy=(),
    closers=(
        "{Thanks|Thank you} {for your time|in advance}.",
        "{Looking forward to|I look forward to} {hearing from you|your reply}.",
        "{Let me know|Do let me know} {what you think|if you have questions}.",
        "{Have a good|Enjoy the rest of your} {week|day}.",
    ),
    signoffs=("{Best|Best regards|Kind regards},", "Thanks,", "Regards,", "Cheers,", "All the best,", "Sincerely,", "Many thanks,"),
    cta=_CTA,
    signatures=("<sig_block>", "<sig_block>", "<sender_name>", "<sender_first>"),
    reply_quotes=("",),
    reply_intros=("On <date_text>, <quoted_name> wrote:",),
    shape=Shape(lengths=(0.3, 0.45, 0.25), p_greeting=0.9, p_opener=0.4, p_urgency=0.0, p_secrecy=0.0,
                p_closer=0.6, p_signature=0.85, p_lowercase=0.02, p_typos=0.12, typo_rate=(0.01, 0.03),
                p_fake_reply_prefix=0.0),
)

_NOTIFICATION_FAMILIES = {
    name: replace(BULK_FAMILY, lures={"notification": lure}) for name, lure in _NOTIFICATIONS.items()
}

# ---------------------------------------------------------------- slot values

_INDUSTRIES = (
    "logistics", "manufacturing", "energy", "healthcare", "retail", "construction", "food and beverage",
    "packaging", "software", "facilities management", "engineering", "wholesale", "print and media",
)
_HEADLINES = (
    "{Freight|Container} rates {ease|climb|hold steady} for a {second|third} {straight month|month running}",
    "{Survey|Report}: {most|two thirds of} <industry> firms plan to {raise|hold} {hiring|capital spending} next year",
    "How {mid-sized|smaller} <industry> companies are {testing|using} {automation|forecasting tools|AI assistants}",
    "Interview: {a|one} {plant|operations|supply chain} {director|manager} on {building|rebuilding} a {planning|safety|data} team",
    "{New|Proposed} {reporting|emissions|safety} rules: what {changes|to expect} in <next_year>",
    "{Three|Five} {takeaways|lessons} from <event_name>",
    "{Prices|Costs} for {steel|resin|paper|copper|diesel} {dip|rise|level off} in <month>",
    "{Deal|Merger} watch: {two|three} <industry> {deals|tie-ups} {to know|worth noting}",
    "{Why|How} {warehouse|office|factory} {leases|rents} are {shifting|changing} in <city>",
    "{Opinion|Column}: {the case for|rethinking} {shorter|simpler} {supplier lists|planning cycles}",
    "{Chart of the week|By the numbers}: {order backlogs|inventory levels|energy use} {across|in} <industry>",
    "{Skills gap|Hiring}: {where|how} <industry> firms {find|train} {technicians|planners|engineers}",
    "{Case study|Field notes}: {cutting|reducing} {waste|downtime|returns} at a <city> {site|plant}",
    "{Events|Calendar}: {what's on|conferences} in <industry> {this|next} {month|quarter}",
)
_PRODUCTS = (
    ("{a scheduling tool|our scheduling platform}", "{scheduling|planning}", "{overtime|scheduling headaches|last-minute shift changes}"),
    ("{our fleet tracking service|a route planning tool}", "{fleet|transport}", "{fuel costs|empty miles|late deliveries}"),
    ("{our spend analytics|a procurement dashboard}", "procurement", "{maverick spend|supplier sprawl|manual purchase approvals}"),
    ("{a document automation tool|our contract workflow}", "{contract|legal operations}", "{contract turnaround time|review cycles}"),
    ("{an energy monitoring service|our metering platform}", "{energy|facilities}", "{energy bills|peak-load charges}"),
    ("{a customer support platform|our help desk software}", "{customer support|service}", "{response times|ticket backlogs}"),
    ("{a learning platform|our training program}", "{training|onboarding}", "{onboarding time|training costs}"),
    ("{our inventory software|a stock planning tool}", "{inventory|warehouse}", "{stockouts|excess inventory}"),
    ("{a data integration service|our reporting toolkit}", "{reporting|analytics}", "{time spent on spreadsheets|manual reporting}"),
)
_EVENT_WORDS = (("Forum", "Summit", "Roundtable", "Exchange", "Conference", "Day"),
                ("Regional", "Annual", "Spring", "Autumn", "Northern", "Coastal", "Future of"))
_EVENT_TOPICS = (
    "{resilient|shorter} supply chains", "{hiring|keeping} skilled staff", "{energy|cost} efficiency in operations",
    "{practical|responsible} automation", "{new|upcoming} reporting rules", "{customer|service} experience",
    "{pricing|procurement} in an uncertain market", "{safety|quality} culture", "{data|planning} for small teams",
)
_JOB_TITLES = (
    "Operations Manager", "Financial Analyst", "Project Coordinator", "Logistics Planner", "Software Developer",
    "Marketing Specialist", "Customer Success Manager", "Procurement Specialist", "Data Analyst",
    "Office Administrator", "Maintenance Technician", "Sales Representative", "Quality Engineer",
)
_NEEDS = (
    "{custom|branded} packaging", "{regular|weekly} deliveries", "{on-site|facility} maintenance",
    "{bulk|wholesale} supplies", "{consulting|advisory} support", "{training|workshop} services",
    "{industrial|replacement} parts", "{printing|print} services", "{event|catering} services",
    "{software|integration} work", "{cleaning|facilities} services", "{temperature-controlled|cold chain} storage",
)
_PRESS_TOPICS = (
    "{rising|changing} costs in <industry>", "{hiring|staffing} in <city>", "{local|regional} supply chains",
    "{the|a} {shift|move} to {hybrid work|four-day weeks}", "{small|mid-sized} employers and {new|upcoming} regulation",
    "{energy|transport} prices and {local|regional} business", "how <industry> {firms|companies} use {automation|new tools}",
)
_OUTLET_WORDS = ("Review", "Journal", "Business Weekly", "Times", "Report", "Insider", "Chronicle", "Post")
_RECRUITER_WORDS = ("Staffing", "Talent", "Search Partners", "Recruitment", "Consulting", "People")
_PLAN_NAMES = ("Team", "Business", "Standard", "Pro", "Starter", "Growth", "Annual")
_PUB_FORMS = ("The <industry> Brief", "<company> Insights", "<industry> Weekly", "<stem> Dispatch",
              "The <stem> Letter", "<industry> Monthly")

_TITLES = {
    "cold_outreach": ("Account Executive", "Business Development Manager", "Partnerships Lead", "Founder", "Sales Director", "Regional Sales Manager"),
    "event_invite": ("Events Coordinator", "Program Director", "Community Manager", "Conference Producer", "Head of Events"),
    "recruiter": ("Senior Recruiter", "Talent Partner", "Recruitment Consultant", "Head of Talent", "Executive Search Consultant"),
    "inquiry": ("Purchasing Manager", "Operations Manager", "Owner", "Project Manager", "Buyer", "Office Manager"),
    "press": ("Reporter", "Senior Correspondent", "Business Editor", "Staff Writer", "Freelance Journalist"),
    "vendor_onboarding": ("Account Manager", "Customer Success Manager", "Onboarding Specialist", "Client Services Lead"),
    "newsletter": ("Editor", "Managing Editor", "Editor-in-Chief"),
    "survey": ("Customer Experience Lead", "Research Manager", "Head of Customer Insight"),
}
_ROLE_BOXES = {
    "newsletter": (("news", "{pub}"), ("newsletter", "{pub}"), ("editor", "{pub} Editors"), ("digest", "{pub}"), ("insights", "{company} Insights")),
    "notification": (("noreply", "{company}"), ("no-reply", "{company}"), ("notifications", "{company}"), ("support", "{company} Support"), ("orders", "{company} Orders"), ("updates", "{company}")),
    "event_invite": (("events", "{company} Events"), ("invitations", "{company}"), ("webinars", "{company}")),
    "recruiter": (("careers", "{company} Careers"), ("talent", "{company} Talent Team")),
    "survey": (("feedback", "{company}"), ("research", "{company} Research"), ("survey", "{company}"), ("noreply", "{company}")),
    "vendor_onboarding": (("welcome", "{company}"), ("customersuccess", "{company} Customer Success")),
}
# how often each lure is written by a role mailbox rather than a person
_ROLE_SHARE = {"newsletter": 0.8, "notification": 1.0, "event_invite": 0.45, "recruiter": 0.15, "survey": 0.75,
               "vendor_onboarding": 0.15}
# how often the message carries a link to the sender's own site / a file
_LINK_SHARE = {"newsletter": 0.85, "notification": 0.55, "cold_outreach": 0.35, "event_invite": 0.8,
               "recruiter": 0.3, "inquiry": 0.1, "press": 0.25, "applicant": 0.15, "vendor_onboarding": 0.4, "public_voice": 0.0,
               "survey": 0.9}
_ATTACHMENT_SHARE = {"applicant": 0.55, "vendor_onboarding": 0.25}
_FREE_MAIL_LURES = frozenset({"applicant", "recruiter", "inquiry", "public_voice"})
_FREE_MAIL_SHARE_OF = {"public_voice": 0.5}  # the public writes from personal boxes

_PATHS = {
    "newsletter": ("/newsletter/<year>-<n>", "/insights/issue-<n>", "/news/<year>/<slug>", "/digest/<n>"),
    "notification": ("/orders/<n>", "/support/<n>", "/account/activity", "/help", "/status/<n>"),
    "cold_outreach": ("/demo", "/product", "/customers/case-studies", "/how-it-works", "/resources/<slug>"),
    "event_invite": ("/events/<year>-<slug>", "/events/<slug>", "/webinars/<slug>", "/conference/<year>"),
    "recruiter": ("/jobs/<n>", "/careers", "/roles/<slug>", "/candidates"),
    "inquiry": ("", "/about", "/company"),
    "press": ("/news/<slug>", "/authors/<slug>", "/business/<year>/<slug>"),
    "applicant": ("", "/portfolio", "/work", "/about"),
    "vendor_onboarding": ("/welcome", "/support", "/resources/getting-started", "/customers/onboarding"),
    "survey": ("/feedback/<n>", "/survey/<year>-<slug>", "/research/<slug>", "/s/<n>"),
}
_LINK_LINES = {
    "newsletter": ("{Read the full issue|Full issue}: <url>", "{Read online|View in your browser}: <url>", "{All stories|More} at <url>"),
    "notification": ("{Track it here|Details}: <url>", "{You can see the details|Status} at <url>", "<url>"),
    "cold_outreach": ("{A short overview|More about us}: <url>", "{Our case studies|Some examples} are here: <url>", "{If you'd rather book directly|Calendar}: <url>"),
    "event_invite": ("{Register|Registration and agenda}: <url>", "{Details and registration|Agenda} at <url>", "{Sign up here|More information}: <url>"),
    "recruiter": ("{Job description|The role}: <url>", "{Our open roles|Current openings}: <url>"),
    "inquiry": ("{Our website|About us}: <url>", "{More about us|Who we are}: <url>"),
    "press": ("{My recent work|Some of my stories}: <url>", "{Our coverage|The outlet}: <url>"),
    "applicant": ("{Portfolio|My work}: <url>", "{Website|More about me}: <url>"),
    "vendor_onboarding": ("{Getting started guide|Welcome pack}: <url>", "{Support and documentation|Help center}: <url>"),
    "survey": ("{Take the survey|Survey link}: <url>", "{Share your feedback|Give feedback} here: <url>", "<url>"),
}
_ATTACHMENT_LINES = {
    "applicant": ("{I've attached my CV|My CV is attached}{ for your reference|, with a short cover letter|}.", "{Please find my CV attached|Attached is my resume}.", "{CV attached|Resume attached}."),
    "vendor_onboarding": ("{Welcome guide attached|Our welcome guide is attached}.", "{Attached|See attached}: {a one-page|our} {overview|getting-started sheet}."),
}
_FOOTERS = {
    "newsletter": (
        "You are receiving this {newsletter|email} because <recipient_address> {subscribed|signed up} {on our site|at an event}. {Unsubscribe|To unsubscribe}: <unsubscribe_url>",
        "{Don't want these emails|No longer interested}? {Unsubscribe|Manage your subscription} at <unsubscribe_url>\n<sender_company>, <city>",
        "<publication> is {published|sent} {weekly|every week} by <sender_company>. {Unsubscribe|Opt out} any time: <unsubscribe_url>",
    ),
    "notification": (
        "This is an automated message{ from <sender_company>|}. {Replies to this address are not monitored|Please do not reply to this email}.",
        "<sender_company> | <city>",
        "",
    ),
    "survey": (
        "{To stop receiving surveys|If you'd rather not get surveys}, {unsubscribe here|opt out}: <unsubscribe_url>",
        "",
    ),
    "event_invite": (
        "{Prefer not to hear about our events|Don't want event invitations}? {Unsubscribe|Opt out}: <unsubscribe_url>",
        "",
        "",
    ),
    "cold_outreach": ("", "", "", "{If you'd rather not hear from me|Not interested}? {Just say so|Reply 'no thanks'} and I'll {stop|take you off my list}."),
}


def _title(words: str) -> str:
    return " ".join(w if w == "and" else w.capitalize() for w in words.split())


def _foreign(domain: str, seed: OrgSeed) -> bool:
    """True when the domain is neither the organization's nor a known vendor's."""
    own = {d.lower() for d in seed.domains} | {v.domain.lower() for v in seed.vendors}
    return not any(domain == d or domain.endswith("." + d) for d in own)


def _outside_domain(rng: Random, seed: OrgSeed, company: str) -> str:
    domain = fictional.company_domain(company, rng)
    for attempt in range(20):
        if _foreign(domain, seed):
            return domain
        domain = fictional.company_domain(company, rng) if attempt < 10 else f"{fictional.slug(company)}{rng.randrange(2, 99)}.com"
    return f"outside-{rng.randrange(10**6)}.com"


def _personal_domain(rng: Random, name: str) -> str:
    first, last = (fictional.slug(p) for p in (name.split()[0], name.split()[-1]))
    return rng.choice((f"{first}{last}.com", f"{first}-{last}.net", f"{last}.me", f"{first}{last}.io"))


def _recipients(rng: Random, seed: OrgSeed, lure: str) -> list[SeedPerson]:
    if lure == "applicant":
        pool = seed.hr()
    elif lure in ("press", "public_voice"):
        pool = seed.vips() + seed.staff()[:3]
    elif lure == "vendor_onboarding":
        pool = seed.finance() + seed.staff()
    else:
        pool = seed.people
    pool = tuple(dict.fromkeys(pool)) or seed.people
    count = 1
    if lure in ("newsletter", "event_invite") and rng.random() < 0.25:
        count = rng.randint(2, 3)
    return rng.sample(pool, min(count, len(pool)))


def _path(rng: Random, lure: str, when: datetime, slug: str) -> str:
    return (rng.choice(_PATHS[lure]).replace("<year>", str(when.year))
            .replace("<n>", str(rng.randrange(100, 99999))).replace("<slug>", slug))


def _slug_words(text: str) -> str:
    words = [w for w in ("".join(c if c.isalnum() else " " for c in text.lower())).split() if w]
    return "-".join(words[:4]) or "info"


def _headlines(rng: Random, slots: dict[str, str]) -> str:
    """Three to five headlines, the subject's own (`headline_one`) first."""
    lines = [slots["headline_one"]] + [pick((h,), rng, slots) for h in rng.sample(_HEADLINES, rng.randint(2, 4))]
    lines = list(dict.fromkeys(lines))
    bullet = rng.choice(("- ", "* ", "", "+ "))
    if bullet == "":
        return "\n".join(f"{i}. {line}" for i, line in enumerate(lines, start=1))
    return "\n".join(bullet + line for line in lines)


def _sig_block(rng: Random, lure: str, slots: dict[str, str], freemail: bool) -> str:
    name, title, company = slots["sender_name"], slots["sender_title"], slots["sender_company"]
    if lure == "public_voice":
        return rng.choice((name, name.split()[0], f"{name}\n{slots['city']}"))
    if lure == "applicant":
        lines = [name]
        if rng.random() < 0.6:
            lines.append(slots["phone"])
        if slots["site"] and rng.random() < 0.4:
            lines.append(slots["site"])
        return "\n".join(lines)
    if slots["role_box"]:
        return rng.choice((company, f"The {company} team", f"{company}\n{slots['city']}"))
    if freemail:
        return "\n".join(x for x in (name, title, slots["phone"] if rng.random() < 0.5 else "") if x)
    form = rng.randrange(4)
    if form == 0:
        return f"{name}\n{title}\n{company}"
    if form == 1:
        return f"{name} | {title} | {company}\n{slots['phone']}"
    if form == 2:
        return f"{name}\n{title}, {company}\n{slots['phone']}\n{slots['site']}"
    return f"{name}\n{company}"


# ---------------------------------------------------------------- generation


def generate_outside_first_contacts(
    seed: OrgSeed,
    n: int,
    rng_seed: int = 0,
    header_style: str | None = None,
    date_range: tuple[datetime, datetime] | None = None,
) -> Iterator[SyntheticAttack]:
    """`n` benign first contacts from outside the organization (label "ham"); lures are drawn in shuffled
    rounds so every one appears once `n` covers them. Same seed + same organization = the same bytes."""
    date_range = date_range or seed.date_range or DEFAULT_DATE_RANGE
    for index in range(n):
        yield outside_message(seed, index, rng_seed, header_style, date_range)


def outside_message(
    seed: OrgSeed,
    index: int,
    rng_seed: int,
    header_style: str | None,
    date_range: tuple[datetime, datetime],
) -> SyntheticAttack:
    """The `index`-th message of `generate_outside_first_contacts` (each one is built from its index alone)."""
    lures = list(OUTSIDE_LURES)
    Random(f"outside-round:{rng_seed}:{index // len(lures)}").shuffle(lures)
    lure = lures[index % len(lures)]
    rng = Random(f"outside:{rng_seed}:{index}:{lure}")
    when = _date(rng, date_range, seed.style.utc_offsets)
    recipients = _recipients(rng, seed, lure)
    if lure == "notification":
        family = _NOTIFICATION_FAMILIES[rng.choice(sorted(_NOTIFICATIONS))]
    else:
        family = BULK_FAMILY if lure in _BULK_LURES else PERSONAL_FAMILY

    # ---- who writes
    company = fictional.company_name(rng)
    stem = company.split()[0]
    if lure == "press":
        company = f"{stem} {rng.choice(_OUTLET_WORDS)}"  # the outlet's own name
    elif lure == "recruiter":
        company = f"{stem} {rng.choice(_RECRUITER_WORDS)}"
    domain = _outside_domain(rng, seed, company)
    industry = rng.choice(_INDUSTRIES)
    publication = (rng.choice(_PUB_FORMS).replace("<industry>", _title(industry)).replace("<company>", company)
                   .replace("<stem>", stem))
    person = fictional.person_name(rng)
    freemail = lure in _FREE_MAIL_LURES and rng.random() < _FREE_MAIL_SHARE_OF.get(lure, FREE_MAIL_SHARE)
    role_box = "" if freemail else (
        rng.choice(_ROLE_BOXES[lure]) if lure in _ROLE_BOXES and rng.random() < _ROLE_SHARE[lure] else ""
    )
    if lure in ("applicant", "public_voice") and not freemail:
        domain = _personal_domain(rng, person)
        if not _foreign(domain, seed):
            domain = f"{fictional.slug(person)}{rng.randrange(10, 99)}.com"
        company = ""
    if freemail:
        domain = rng.choice(FREE_MAIL_DOMAINS)
        local = fictional.mailbox_name(person, rng) + (str(rng.randrange(1, 99)) if rng.random() < 0.4 else "")
        sender = Party(person, f"{local}@{domain}", "none")
        if lure in ("applicant", "public_voice"):
            company = ""
    elif role_box:
        local, shown = role_box
        display = shown.format(pub=publication, company=company)
        sender = Party(display, f"{local}@{domain}", "none")
    else:
        sender = Party(person, f"{fictional.mailbox_name(person, rng)}@{domain}", "none")
    site_domain = domain if domain not in FREE_MAIL_DOMAINS else ""
    title = rng.choice(_TITLES.get(lure, ("",))) if not role_box else ""

    # ---- slots
    job_title = rng.choice(_JOB_TITLES)
    product, pain_area, pain = rng.choice(_PRODUCTS)
    event_name = f"{rng.choice(_EVENT_WORDS[1])} {_title(industry)} {rng.choice(_EVENT_WORDS[0])}"
    if lure == "event_invite" and not role_box and rng.random() < 0.5:
        event_name = f"{stem} {rng.choice(_EVENT_WORDS[0])} {when.year + (1 if when.month > 9 else 0)}"
    event_date = (when + timedelta(days=rng.randint(10, 70))).strftime(rng.choice(("%B %d", "%A, %B %d", "%d %B"))).replace(" 0", " ")
    by_day = (when + timedelta(days=rng.randint(2, 9)))
    slots = base_slots(rng, when)
    slots.update(
        recipient_first=recipients[0].first,
        recipient_name=recipients[0].name,
        recipient_address=recipients[0].address,
        org_name=seed.name,
        org_domain=seed.primary_domain,
        sender_name=sender.name,
        sender_first=person.split()[0],
        sender_last=person.split()[-1],
        sender_title=title,
        sender_company=company or person,
        publication=publication,
        industry=industry,
        issue_no=str(rng.randrange(12, 480)),
        month=rng.choice(fictional.MONTHS),
        next_year=str(when.year + 1),
        year=str(when.year),
        next_issue=rng.choice(("next week", "next Tuesday", "on Thursday", "next month", "in two weeks")),
        order_no=rng.choice((f"#{rng.randrange(10000, 999999)}", f"SO-{rng.randrange(1000, 99999)}", f"{rng.randrange(100, 999)}-{rng.randrange(1000000, 9999999)}")),
        colleague_name=(colleague := rng.choice(seed.people)).name,
        colleague_first=colleague.first,
        small_amount=f"${rng.randrange(12, 2400)}.{rng.randrange(100):02d}",
        days=str(rng.choice((3, 4, 5, 7, 14, 30))),
        ticket_no=rng.choice((f"#{rng.randrange(1000, 99999)}", f"CS-{rng.randrange(10000, 99999)}", f"{rng.randrange(100000, 999999)}")),
        plan_name=rng.choice(_PLAN_NAMES),
        renew_date=(when - timedelta(days=rng.randint(0, 2))).strftime("%B %d").replace(" 0", " "),
        arrive_day=(when + timedelta(days=rng.randint(1, 6))).strftime(rng.choice(("%A", "%B %d", "%A, %B %d"))).replace(" 0", " "),
        event_name=event_name,
        event_topic=pick(_EVENT_TOPICS, rng),
        event_date=event_date,
        city2=rng.choice(fictional.CITIES),
        attendees=str(rng.choice((80, 120, 150, 200, 300, 450, 600))),
        edition=rng.choice(("third", "fourth", "fifth", "sixth", "tenth", "twelfth")),
        product=pick((product,), rng),
        pain_area=pick((pain_area,), rng),
        pain=pick((pain,), rng),
        job_title=job_title,
        a_job_title=("an " if job_title[0] in "AEIOU" else "a ") + job_title,
        years=str(rng.randint(2, 15)),
        need=pick(_NEEDS, rng),
        outlet=company if lure == "press" else f"{stem} {rng.choice(_OUTLET_WORDS)}",
        by_day=by_day.strftime(rng.choice(("%A", "%B %d", "%A %B %d", "%m/%d"))).replace(" 0", " "),
        weekday=when.strftime("%A"),
        sales_name=fictional.person_name(rng).split()[0],
        role_box="1" if role_box else "",
        site=f"www.{site_domain}" if site_domain else "",
        quoted_name=recipients[0].name,
        thread_subject="",
        url="",
        attachment_name="",
    )
    slots["press_topic"] = pick(_PRESS_TOPICS, rng, slots)
    slots["headline_one"] = pick(_HEADLINES, rng, slots)
    slots["headlines"] = _headlines(rng, slots) if lure == "newsletter" else ""
    slots["sig_block"] = _sig_block(rng, lure, slots, freemail)
    slots["unsubscribe_url"] = f"https://{rng.choice(('www.', 'email.', 'list.', ''))}{site_domain or domain}/{rng.choice(('unsubscribe', 'preferences', 'email-settings'))}"

    # ---- link or file
    vector, url, files = "text", "", []
    if lure in _ATTACHMENT_SHARE and rng.random() < _ATTACHMENT_SHARE[lure]:
        vector = "attachment"
        files = [_attachment(rng, lure, slots)]
        slots["attachment_name"] = files[0].filename
        slots["attachment_line"] = pick(_ATTACHMENT_LINES[lure], rng, slots)
    elif site_domain and rng.random() < _LINK_SHARE[lure]:
        path = _path(rng, lure, when, _slug_words(slots["event_name"] if lure in ("event_invite", "survey") else slots["headline_one"]))
        host = "www."
        if lure in ("event_invite", "newsletter") and rng.random() < 0.3:
            host = rng.choice(("events.", "news.", "go.", ""))
        url = f"https://{host}{site_domain}{path}"
        vector = "link"
    slots["url"] = url
    slots["link_line"] = pick(_LINK_LINES[lure], rng, slots) if url else ""

    subject, body = family.compose(lure, vector, slots, rng)
    footer = pick(_FOOTERS[lure], rng, slots) if lure in _FOOTERS else ""
    if footer:
        body = body.rstrip("\n") + "\n\n" + rng.choice(("", "--\n", "-----\n")) + footer + "\n"

    # ---- headers: their own domain, authenticated as small senders are (some without DKIM/DMARC)
    envelope = site_domain or domain
    if role_box and lure in _BULK_LURES | {"event_invite"} and rng.random() < 0.35:
        envelope = f"{rng.choice(('mail', 'em', 'bounce', 'news', 'mg'))}.{domain}"
    signed = domain in FREE_MAIL_DOMAINS or rng.random() < 0.75
    auth = {"spf": "pass", "dkim": "pass" if signed else "none", "dmarc": "pass" if signed else "none",
            "policy": "none"}
    scenario = Scenario(
        kind="hard_negative",
        lure=lure,
        attack_type="none",
        strategy="none",
        vector=vector,
        family=family,
        when=when,
        sender=sender,
        recipients=[Party(p.name, p.address, "employee") for p in recipients],
        impersonated=Party("", "", "none"),
        envelope_domain=envelope,
        url=url,
        auth=auth,
        slots=slots,
    )
    style = header_style or seed.style.headers
    if style == "mixed":
        style = rng.choice(("archive", "modern"))
    # an archive that never held attachments gets none (their presence would tell synthetic mail apart)
    kept = [] if style == "archive" and not seed.style.multipart_seen else files
    raw, message_id = render(scenario, subject, body, kept, seed.style, style, rng)
    return SyntheticAttack(raw, good_label(scenario, message_id, style, kept, index, "outside"))


def _attachment(rng: Random, lure: str, slots: dict[str, str]) -> att.Attachment:
    if lure == "applicant":
        first, last = slots["sender_first"], slots["sender_last"]
        stem = rng.choice((f"CV_{first}_{last}", f"{first}_{last}_Resume", f"{last}_CV_{slots['year']}", f"Resume-{first}-{last}"))
        lines = [f"{first} {last}", slots["job_title"], f"{slots['years']} years in {slots['industry']}", slots["city"]]
    else:
        stem = rng.choice(("Welcome_Guide", f"{fictional.slug(slots['sender_company'])}_welcome", "Getting_Started", "Customer_Onboarding"))
        lines = [f"Welcome to {slots['sender_company']}", f"Account manager: {slots['sender_first']} {slots['sender_last']}",
                 f"Support: weekdays, {slots['phone']}"]
    return att.pdf_document(stem, lines)


__all__ = ["BULK_FAMILY", "OUTSIDE_LURES", "PERSONAL_FAMILY", "generate_outside_first_contacts", "outside_message"]
